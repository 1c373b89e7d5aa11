<#
.SYNOPSIS
    Measures Get-BounceCodeInfo: module import plus first lookup in a fresh pwsh, and warm lookups.
.DESCRIPTION
    Prints figures only; it asserts nothing, so a slow machine never fails a build. Run after
    ./build.ps1 so that output/BounceTools holds the staged module.
.EXAMPLE
    dotnet pwsh ./tests/Benchmarks/Measure-CodeInfo.ps1
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../output/BounceTools'),
    [int] $ColdRuns = 5,
    [int] $WarmIterations = 20000
)

$ErrorActionPreference = 'Stop'
$manifest = (Resolve-Path (Join-Path $ModulePath 'BounceTools.psd1')).Path
$pwsh = Join-Path $PSHOME 'pwsh'

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $sorted[[int][Math]::Floor($sorted.Count / 2)]
}

# Cold: each run is a new process; the timing inside it covers Import-Module and the first lookup.
$inside = "`$watch = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$manifest'; `$imported = `$watch.Elapsed.TotalMilliseconds; " +
    "`$null = Get-BounceCodeInfo 5.1.1; '{0:F1} {1:F1}' -f `$imported, `$watch.Elapsed.TotalMilliseconds"
$import = [System.Collections.Generic.List[double]]::new()
$firstLookup = [System.Collections.Generic.List[double]]::new()
$process = [System.Collections.Generic.List[double]]::new()
$bare = [System.Collections.Generic.List[double]]::new()
for ($run = 0; $run -lt $ColdRuns; $run++) {
    $bare.Add((Measure-Command { & $pwsh -NoProfile -NonInteractive -Command 'exit' }).TotalMilliseconds)
    $output = $null
    $process.Add((Measure-Command { $script:output = & $pwsh -NoProfile -NonInteractive -Command $inside }).TotalMilliseconds)
    $importMs, $totalMs = ($output -split ' ') | ForEach-Object { [double]::Parse($_, [Globalization.CultureInfo]::InvariantCulture) }
    $import.Add($importMs)
    $firstLookup.Add($totalMs)
}

# Warm: the knowledge base is loaded. Core calls are timed in a compiled loop, so PowerShell's own
# cost per call (about 0.1 ms for a script block) does not hide them; the cmdlet is timed as users call it.
Import-Module $manifest -Force
$null = Get-BounceCodeInfo 5.1.1
$core = [BounceTools.Knowledge.KnowledgeBase].Assembly.Location
Add-Type -ReferencedAssemblies $core, netstandard -TypeDefinition @'
using System;
public static class CodeInfoLoop
{
    public static double MicrosecondsPerCall(Action call, int iterations)
    {
        call();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
            call();
        return watch.Elapsed.TotalMilliseconds * 1000 / iterations;
    }

    public static Action Find(string code) => () => BounceTools.Knowledge.KnowledgeBase.Default.Find(code);
    public static Action Explain(string text) => () => BounceTools.Knowledge.KnowledgeBase.Default.Explain(text);
    public static Action Search(string words) => () => BounceTools.Knowledge.KnowledgeBase.Default.Search(words);
}
'@
$gmail = '550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient''s email address. d2si123 - gsmtp'
$outlook = '550 5.7.1 Unfortunately, messages from [192.0.2.1] weren''t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [AM4PEPF00025F98.EURPRD83.prod.outlook.com]'
$warm = [ordered]@{
    "Find('5.1.1')"                 = [CodeInfoLoop]::Find('5.1.1')
    "Find('TSS04')"                 = [CodeInfoLoop]::Find('TSS04')
    "Find('5.7.*')"                 = [CodeInfoLoop]::Find('5.7.*')
    "Find('5.7.999') (unregistered)" = [CodeInfoLoop]::Find('5.7.999')
    'Explain(Gmail 550 5.1.1 text)' = [CodeInfoLoop]::Explain($gmail)
    'Explain(Outlook.com S3150 text)' = [CodeInfoLoop]::Explain($outlook)
    "Search('quota')"               = [CodeInfoLoop]::Search('quota')
}

Write-Host "Get-BounceCodeInfo benchmark ($([Environment]::ProcessorCount) cores, PowerShell $($PSVersionTable.PSVersion), median of $ColdRuns cold runs)"
Write-Host ('  {0,-44} {1,10:F1} ms' -f 'pwsh start and exit, no module', (Get-Median $bare))
Write-Host ('  {0,-44} {1,10:F1} ms' -f 'pwsh start, import, first lookup, exit', (Get-Median $process))
Write-Host ('  {0,-44} {1,10:F1} ms' -f 'Import-Module (in process)', (Get-Median $import))
Write-Host ('  {0,-44} {1,10:F1} ms' -f 'Import-Module + first lookup (in process)', (Get-Median $firstLookup))
foreach ($name in $warm.Keys) {
    Write-Host ('  {0,-44} {1,10:F1} us per call' -f "warm core $name", [CodeInfoLoop]::MicrosecondsPerCall($warm[$name], $WarmIterations))
}

$cmdletRuns = 2000
$watch = [Diagnostics.Stopwatch]::StartNew()
for ($i = 0; $i -lt $cmdletRuns; $i++) { $null = Get-BounceCodeInfo 5.1.1 }
Write-Host ('  {0,-44} {1,10:F1} us per call' -f 'warm Get-BounceCodeInfo 5.1.1 (cmdlet)', ($watch.Elapsed.TotalMilliseconds * 1000 / $cmdletRuns))
$watch = [Diagnostics.Stopwatch]::StartNew()
for ($i = 0; $i -lt $cmdletRuns; $i++) { $null = Get-BounceCodeInfo -Text $gmail }
Write-Host ('  {0,-44} {1,10:F1} us per call' -f 'warm Get-BounceCodeInfo -Text (cmdlet)', ($watch.Elapsed.TotalMilliseconds * 1000 / $cmdletRuns))
