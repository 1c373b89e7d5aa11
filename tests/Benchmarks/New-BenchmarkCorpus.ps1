<#
.SYNOPSIS
    Writes a generated corpus for the pipeline benchmark: many .eml files and one large mbox.
.DESCRIPTION
    Messages are the project's own samples and fixtures (or the .eml files under -Source), each
    copy given a distinct recipient so that no two files are identical.
#>
param(
    [Parameter(Mandatory)] [string] $Destination,
    [int] $FileCount = 20000,
    [long] $MboxBytes = 1GB,
    [string[]] $Source = @((Join-Path $PSScriptRoot '../../module/samples'), (Join-Path $PSScriptRoot '../fixtures/formats'))
)

$ErrorActionPreference = 'Stop'
$templates = @(Get-ChildItem $Source -Recurse -File -Filter *.eml | Sort-Object FullName | ForEach-Object { [IO.File]::ReadAllText($_.FullName) })
if ($templates.Count -eq 0) { throw "No .eml files under $Source" }

$files = New-Item -ItemType Directory -Path (Join-Path $Destination 'files') -Force
for ($i = 0; $i -lt $FileCount; $i++) {
    $text = $templates[$i % $templates.Count] -replace '@example\.(org|net)', "-$i@example.`$1"
    [IO.File]::WriteAllText((Join-Path $files "$($i.ToString('D6')).eml"), $text)
}

# The mbox repeats the same kind of messages until it reaches the requested size.
$mbox = [IO.StreamWriter]::new((Join-Path $Destination 'bounces.mbox'), $false, [Text.UTF8Encoding]::new($false), 1MB)
try {
    $i = 0
    while ($mbox.BaseStream.Length -lt $MboxBytes) {
        $text = $templates[$i % $templates.Count] -replace '@example\.(org|net)', "-$i@example.`$1"
        $mbox.Write("From MAILER-DAEMON Tue Nov 10 09:14:22 2026`n")
        $mbox.Write(($text -replace '(?m)^(>*From )', '>$1'))
        $mbox.Write("`n`n")
        $i++
        if ($i % 10000 -eq 0) { $mbox.Flush() }
    }
    Write-Host "Wrote $FileCount files and an mbox of $i messages ($([math]::Round($mbox.BaseStream.Length / 1MB)) MiB) to $Destination"
}
finally {
    $mbox.Dispose()
}
