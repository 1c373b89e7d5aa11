<#
.SYNOPSIS
    Scores the staged module's recipients on the real bounces that flufl.bounce tests itself with.
.DESCRIPTION
    flufl.bounce (Debian python3-flufl.bounce) ships about 110 bounces collected by Mailman over
    the years and, in testing/helpers.py, the addresses each should yield. This runs
    Get-BounceStatus over every one of them and prints the files whose recipients differ, then
    files with exactly the expected recipients, recall and precision. Where flufl marks a bounce
    temporary, a failed (not delayed) record is listed too. A second yardstick beside the
    labelled corpus, written by other people from other mail; a tool for measuring, not a test.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $Flufl = '/usr/lib/python3/dist-packages/flufl/bounce'
)

$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path $ModulePath).Path -Force
$data = Join-Path $Flufl 'tests/data'

# helpers.py lists ('detector', 'file.txt', [b'address', ...]) or the same with True for temporary.
$expected = @{}
$rows = [regex]::Matches((Get-Content (Join-Path $Flufl 'testing/helpers.py') -Raw), "\(\s*'\w+',\s*'(?<file>[\w.]+)',\s*\[(?<addresses>[^\]]*)\](?<temporary>,\s*True)?\s*\)")
foreach ($row in $rows) {
    $entry = $expected[$row.Groups['file'].Value]
    if (-not $entry) { $entry = $expected[$row.Groups['file'].Value] = @{ Addresses = [Collections.Generic.HashSet[string]]::new(); Temporary = $false } }
    foreach ($address in [regex]::Matches($row.Groups['addresses'].Value, "b'(?<a>[^']+)'")) { $null = $entry.Addresses.Add($address.Groups['a'].Value.ToLowerInvariant()) }
    $entry.Temporary = $entry.Temporary -or $row.Groups['temporary'].Success
}

$exact = 0; $expectedCount = 0; $foundCount = 0; $matched = 0
foreach ($file in $expected.Keys | Sort-Object) {
    $records = @(Get-BounceStatus -LiteralPath (Join-Path $data $file) -ErrorAction SilentlyContinue | Where-Object Recipient)
    $found = [Collections.Generic.HashSet[string]]::new([string[]]@($records | ForEach-Object { $_.Recipient.ToLowerInvariant() }))
    $want = $expected[$file].Addresses
    $common = @($found | Where-Object { $want.Contains($_) }).Count
    $expectedCount += $want.Count; $foundCount += $found.Count; $matched += $common
    if ($common -eq $want.Count -and $common -eq $found.Count) { $exact++ }
    else { '{0,-18} expected [{1}] found [{2}]' -f $file, ($want -join ', '), ($found -join ', ') }
    if ($expected[$file].Temporary -and ($records | Where-Object Action -ne 'delayed')) { '{0,-18} temporary, but reported as {1}' -f $file, (($records.Action | Select-Object -Unique) -join ', ') }
}
'files with exactly the expected recipients: {0}/{1}; recall {2}/{3} = {4:P1}; precision {2}/{5} = {6:P1}' -f $exact, $expected.Count, $matched, $expectedCount, ($matched / $expectedCount), $foundCount, ($matched / [math]::Max(1, $foundCount))
