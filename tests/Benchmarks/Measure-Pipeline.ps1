<#
.SYNOPSIS
    Times the whole pipeline, from a cold pwsh to the last record, and compares with the peers.
.DESCRIPTION
    Over the files of a corpus made by New-BenchmarkCorpus.ps1: BounceTools (Get-ChildItem |
    Get-BounceStatus, and Get-BounceStatus -Recurse, each in a fresh pwsh), Sisimai (Debian
    libsisimai-perl) and flufl.bounce (Debian python3-flufl.bounce), each a cold process over the
    same files. Every contender runs once per round and the rounds follow each other, so that a
    change in the machine's load falls on all of them alike; the median of the rounds is reported.
    Then the large mbox with its peak working set, and module import time. Prints figures only.
#>
param(
    [Parameter(Mandatory)] [string] $Corpus,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../output/BounceTools'),
    [int] $Rounds = 3,
    [switch] $SkipPeers
)

$ErrorActionPreference = 'Stop'
$pwsh = Join-Path $PSHOME 'pwsh'
$module = (Resolve-Path $ModulePath).Path
$files = Join-Path $Corpus 'files'
$mbox = Join-Path $Corpus 'bounces.mbox'
$count = @(Get-ChildItem $files -File).Count

function New-Contender([string] $Name, [string] $Program, [string[]] $Arguments, [hashtable] $Environment = @{}) {
    [pscustomobject]@{ Name = $Name; Program = $Program; Arguments = $Arguments; Environment = $Environment; Seconds = @(); PeakMiB = 0; Output = '' }
}

# Runs a command once under /usr/bin/time, with the contender's environment variables set for it alone.
function Invoke-Contender($Contender) {
    $report = [IO.Path]::GetTempFileName()
    foreach ($name in $Contender.Environment.Keys) { Set-Item "env:$name" $Contender.Environment[$name] }
    try {
        $Contender.Output = & /usr/bin/time -f '%e %M' -o $report $Contender.Program @($Contender.Arguments) | Select-Object -Last 1
        $seconds, $kilobytes = (Get-Content $report -Raw).Trim().Split(' ')
        $Contender.Seconds += [double]$seconds
        $Contender.PeakMiB = [math]::Max($Contender.PeakMiB, [double]$kilobytes / 1024)
    }
    finally {
        foreach ($name in $Contender.Environment.Keys) { Remove-Item "env:$name" }
        Remove-Item $report
    }
}

function Get-Median([double[]] $Values) { ($Values | Sort-Object)[[int][math]::Floor($Values.Count / 2)] }

function Write-Result($Contender, [int] $Messages) {
    $median = Get-Median $Contender.Seconds
    Write-Host ('{0,-38} {1,8:N0} messages in {2,6:N2} s (median of {3}: {4}) = {5,8:N0} messages/s, peak RSS {6,6:N0} MiB, output {7}' -f
        $Contender.Name, $Messages, $median, $Contender.Seconds.Count, (($Contender.Seconds | ForEach-Object { $_.ToString('N2') }) -join ', '),
        ($Messages / $median), $Contender.PeakMiB, $Contender.Output)
}

$piped = New-Contender 'BounceTools (files piped)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-ChildItem '$files' -File | Get-BounceStatus | Measure-Object).Count")
# The cmdlet enumerating the folder itself spares PowerShell one pipeline object per file.
$recurseArguments = @('-NoProfile', '-Command', "Import-Module '$module'; (Get-BounceStatus -LiteralPath '$files' -Recurse | Measure-Object).Count")
$recurse = New-Contender 'BounceTools (-Recurse on the folder)' $pwsh $recurseArguments
$contenders = @(
    $piped
    $recurse
    # Where the build made the natively compiled core, the lines above use it; the managed core in a
    # process this short spends much of its time in code the JIT has not optimized yet, and in the
    # profiling probes tiered PGO adds to it, which a nightly job can turn off.
    New-Contender 'BounceTools (-Recurse, managed core)' $pwsh $recurseArguments @{ BOUNCETOOLS_NATIVE = '0' }
    New-Contender 'BounceTools (-Recurse, managed, no PGO)' $pwsh $recurseArguments @{ BOUNCETOOLS_NATIVE = '0'; DOTNET_TieredPGO = '0' }
    # The piped command without the parse: what PowerShell's start, the import and Get-ChildItem cost.
    New-Contender 'PowerShell alone (no parse)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-ChildItem '$files' -File | Measure-Object).Count")
)
$peers = @()
if (-not $SkipPeers) {
    $sisimai = 'use Sisimai; my $n = 0; for my $f (glob($ARGV[0] . "/*.eml")) { my $v = Sisimai->make($f); $n += scalar(@$v) if $v; } print "$n\n";'
    $flufl = 'import sys, os, email; from flufl.bounce import scan_message' + "`n" +
        'n = 0' + "`n" +
        'for name in sorted(os.listdir(sys.argv[1])):' + "`n" +
        '    with open(os.path.join(sys.argv[1], name), "rb") as f: n += len(scan_message(email.message_from_binary_file(f)))' + "`n" +
        'print(n)'
    $peers = @(
        New-Contender 'Sisimai 4.25 (perl)' perl @('-e', $sisimai, $files)
        New-Contender 'flufl.bounce (python3)' /usr/bin/python3 @('-c', $flufl, $files)
    )
}

Write-Host "Corpus: $count files; mbox $([math]::Round((Get-Item $mbox).Length / 1MB)) MiB; $([Environment]::ProcessorCount) cores; $Rounds rounds"
foreach ($round in 1..$Rounds) {
    foreach ($contender in $contenders + $peers) { Invoke-Contender $contender }
}
foreach ($contender in $contenders + $peers) { Write-Result $contender $count }
foreach ($peer in $peers) {
    $theirs = Get-Median $peer.Seconds
    '{0}: BounceTools is {1:N1}x faster piped, {2:N1}x with -Recurse' -f $peer.Name, ($theirs / (Get-Median $piped.Seconds)), ($theirs / (Get-Median $recurse.Seconds))
}

$messages = [int](& $pwsh -NoProfile -Command "(Select-String -LiteralPath '$mbox' -Pattern '^From ' -CaseSensitive | Measure-Object).Count")
$mboxRun = New-Contender 'BounceTools (one mbox)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-BounceStatus -LiteralPath '$mbox' | Measure-Object).Count")
Invoke-Contender $mboxRun
Write-Result $mboxRun $messages
'mbox throughput relative to files piped: {0:P0}' -f (($messages / $mboxRun.Seconds[0]) / ($count / (Get-Median $piped.Seconds)))

$import = & $pwsh -NoProfile -Command "Import-Module '$module'; Remove-Module BounceTools; (1..5 | ForEach-Object { (Measure-Command { Import-Module '$module' -Force }).TotalMilliseconds } | Measure-Object -Average).Average"
'Module import, warm (average of 5): {0:N0} ms' -f [double]$import
$first = & $pwsh -NoProfile -Command "(Measure-Command { Import-Module '$module'; `$null = Get-BounceStatus -LiteralPath (Join-Path '$module' 'samples/user-unknown.eml') }).TotalMilliseconds"
'Cold pwsh: import plus first parse: {0:N0} ms' -f [double]$first
