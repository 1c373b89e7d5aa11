<#
.SYNOPSIS
    Times the whole pipeline, from a cold pwsh to the last record, and compares with the peers.
.DESCRIPTION
    Over the files of a corpus made by New-BenchmarkCorpus.ps1: BounceTools (Get-ChildItem |
    Get-BounceStatus in a fresh pwsh), Sisimai (Debian libsisimai-perl) and flufl.bounce
    (Debian python3-flufl.bounce), each a cold process over the same files. Then the large
    mbox with its peak working set, and warm module import time. Prints figures only.
#>
param(
    [Parameter(Mandatory)] [string] $Corpus,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../output/BounceTools'),
    [switch] $SkipPeers
)

$ErrorActionPreference = 'Stop'
$pwsh = Join-Path $PSHOME 'pwsh'
$module = (Resolve-Path $ModulePath).Path
$files = Join-Path $Corpus 'files'
$mbox = Join-Path $Corpus 'bounces.mbox'
$count = @(Get-ChildItem $files -File).Count

# Runs a command under /usr/bin/time, $Runs times, for the median wall time and the largest peak resident set.
function Measure-Process([string] $Name, [string] $Program, [string[]] $Arguments, [int] $Messages, [int] $Runs = 3) {
    $times = @(); $peak = 0; $output = $null
    foreach ($run in 1..$Runs) {
        $report = [IO.Path]::GetTempFileName()
        $output = & /usr/bin/time -f '%e %M' -o $report $Program @Arguments
        $seconds, $kilobytes = (Get-Content $report -Raw).Trim().Split(' ')
        Remove-Item $report
        $times += [double]$seconds
        $peak = [math]::Max($peak, [double]$kilobytes / 1024)
    }
    $median = ($times | Sort-Object)[[int][math]::Floor($times.Count / 2)]
    $rate = $Messages / $median
    Write-Host ('{0,-38} {1,8:N0} messages in {2,6:N2} s (median of {3}) = {4,8:N0} messages/s, peak RSS {5,6:N0} MiB, output {6}' -f $Name, $Messages, $median, $Runs, $rate, $peak, ($output | Select-Object -Last 1))
    [pscustomobject]@{ Name = $Name; Rate = $rate; PeakMiB = $peak }
}

Write-Host "Corpus: $count files; mbox $([math]::Round((Get-Item $mbox).Length / 1MB)) MiB; $([Environment]::ProcessorCount) cores"
$results = @()
$results += Measure-Process 'BounceTools (files)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-ChildItem '$files' -File | Get-BounceStatus | Measure-Object).Count") $count
# The cmdlet enumerating the folder itself spares PowerShell one pipeline object per file.
$recurse = @('-NoProfile', '-Command', "Import-Module '$module'; (Get-BounceStatus -LiteralPath '$files' -Recurse | Measure-Object).Count")
$null = Measure-Process 'BounceTools (-Recurse on the folder)' $pwsh $recurse $count
# Where the build made the natively compiled core, the lines above use it; the managed core in a
# process this short spends much of its time in code the JIT has not optimized yet, and in the
# profiling probes tiered PGO adds to it, which a nightly job can turn off.
$env:BOUNCETOOLS_NATIVE = '0'
$null = Measure-Process 'BounceTools (-Recurse, managed core)' $pwsh $recurse $count
$env:DOTNET_TieredPGO = '0'
$null = Measure-Process 'BounceTools (-Recurse, managed, no PGO)' $pwsh $recurse $count
Remove-Item env:DOTNET_TieredPGO, env:BOUNCETOOLS_NATIVE
# The same command without the parse: what PowerShell's start, the import and Get-ChildItem cost.
# No parser can make the pipeline above faster than this.
$null = Measure-Process 'PowerShell alone (no parse)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-ChildItem '$files' -File | Measure-Object).Count") $count

if (-not $SkipPeers) {
    $sisimai = 'use Sisimai; my $n = 0; for my $f (glob($ARGV[0] . "/*.eml")) { my $v = Sisimai->make($f); $n += scalar(@$v) if $v; } print "$n\n";'
    $results += Measure-Process 'Sisimai 4.25 (perl)' perl @('-e', $sisimai, $files) $count
    $flufl = 'import sys, os, email; from flufl.bounce import scan_message' + "`n" +
        'n = 0' + "`n" +
        'for name in sorted(os.listdir(sys.argv[1])):' + "`n" +
        '    with open(os.path.join(sys.argv[1], name), "rb") as f: n += len(scan_message(email.message_from_binary_file(f)))' + "`n" +
        'print(n)'
    $results += Measure-Process 'flufl.bounce (python3)' /usr/bin/python3 @('-c', $flufl, $files) $count
    $ours = $results[0].Rate
    foreach ($peer in $results | Select-Object -Skip 1) { '{0}: BounceTools is {1:N1}x faster' -f $peer.Name, ($ours / $peer.Rate) }
}

$messages = [int](& $pwsh -NoProfile -Command "(Select-String -LiteralPath '$mbox' -Pattern '^From ' -CaseSensitive | Measure-Object).Count")
$mboxResult = Measure-Process 'BounceTools (one mbox)' $pwsh @('-NoProfile', '-Command', "Import-Module '$module'; (Get-BounceStatus -LiteralPath '$mbox' | Measure-Object).Count") $messages -Runs 1
'mbox throughput relative to files: {0:P0}' -f ($mboxResult.Rate / $results[0].Rate)

$import = & $pwsh -NoProfile -Command "Import-Module '$module'; Remove-Module BounceTools; (1..5 | ForEach-Object { (Measure-Command { Import-Module '$module' -Force }).TotalMilliseconds } | Measure-Object -Average).Average"
'Module import, warm (average of 5): {0:N0} ms' -f [double]$import
$first = & $pwsh -NoProfile -Command "(Measure-Command { Import-Module '$module'; `$null = Get-BounceStatus -LiteralPath (Join-Path '$module' 'samples/user-unknown.eml') }).TotalMilliseconds"
'Cold pwsh: import plus first parse: {0:N0} ms' -f [double]$first
