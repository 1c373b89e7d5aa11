<#
.SYNOPSIS
    Builds, tests and packages the BounceTools module.
.DESCRIPTION
    Build (default) stages an importable module at output/BounceTools.
    Test builds, then runs the xunit tests and the Pester tests against the staged module.
    Package builds, then writes an installable .nupkg of the module to output/packages.
    Conformance builds, then scores the staged module on a labeled corpus (-Corpus) and, where
    python3-flufl.bounce is installed, on the bounces flufl.bounce tests itself with.
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Conformance')]
    [string[]] $Task = 'Build',

    # For -Task Conformance: a labeled corpus laid out like ../shared/corpus.
    [string] $Corpus = (Join-Path $PSScriptRoot '../shared/corpus'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = $PSScriptRoot
$output = Join-Path $root 'output'
$staged = Join-Path $output 'BounceTools'

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Command $($Arguments -join ' ')' failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    $publish = Join-Path $output 'publish'
    Remove-Item $publish, $staged -Recurse -Force -ErrorAction Ignore
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/BounceTools/BounceTools.csproj'), '-c', $Configuration, '-o', $publish, '--nologo', '-v', 'quiet')

    Assert-KnowledgeData (Join-Path $publish 'BounceTools.Core.dll')

    $dependencies = New-Item -ItemType Directory -Path (Join-Path $staged 'dependencies') -Force
    # Our own assemblies load where PowerShell sees their types; third-party ones are isolated.
    $own = 'BounceTools.dll', 'BounceTools.Core.dll'
    Get-ChildItem $publish -Filter *.dll | Where-Object Name -in $own | Copy-Item -Destination $staged
    Get-ChildItem $publish -Filter *.dll | Where-Object Name -notin $own | Copy-Item -Destination $dependencies

    Copy-NativeImages -Destination $dependencies

    Copy-Item (Join-Path $root 'BounceTools.psd1') $staged
    Copy-Item (Join-Path $root 'module/*.ps1xml') $staged
    Copy-Item (Join-Path $root 'module/samples') $staged -Recurse
    $help = New-Item -ItemType Directory -Path (Join-Path $staged 'en-US') -Force
    Copy-Item (Join-Path $root 'module/en-US/*') $help
    Write-MamlHelp -Destination (Join-Path $help 'BounceTools.dll-Help.xml')
    Write-Host "Staged module at $staged"
}

# PowerShell 7 loads these ahead-of-time compiled (ReadyToRun) copies where one fits its runtime and
# platform (src/BounceTools/Loading/NativeImages.cs); they are what a short pipeline spends its time in.
function Copy-NativeImages([string] $Destination) {
    $project = Join-Path $root 'src/BounceTools.NativeImages/BounceTools.NativeImages.csproj'
    $framework = ([xml](Get-Content $project -Raw)).Project.PropertyGroup.TargetFramework
    foreach ($runtime in 'linux-x64', 'linux-arm64', 'osx-arm64', 'win-x64') {
        $publish = Join-Path $output "native/$runtime"
        Remove-Item $publish -Recurse -Force -ErrorAction Ignore
        Invoke-Native dotnet @('publish', $project, '-c', $Configuration, '-r', $runtime, '-o', $publish, '--nologo', '-v', 'quiet')
        $images = New-Item -ItemType Directory -Path (Join-Path $Destination "$framework-$runtime") -Force
        Copy-Item (Join-Path $publish 'BounceTools.Core.dll'), (Join-Path $publish 'MimeKit.dll') $images
        if ($runtime -eq (Get-HostRuntime)) { Copy-NativeCore -Runtime $runtime -Destination $images }
    }
}

# The core as a native library (Native AOT) can only be linked for the platform that builds it,
# and needs a C toolchain there; without one the module parses with the managed core.
function Copy-NativeCore([string] $Runtime, [string] $Destination) {
    $publish = Join-Path $output "native-core/$Runtime"
    Remove-Item $publish -Recurse -Force -ErrorAction Ignore
    & dotnet publish (Join-Path $root 'src/BounceTools.Native/BounceTools.Native.csproj') -c $Configuration -r $Runtime -o $publish --nologo -v quiet
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "The native core was not built for $Runtime (is a C compiler and linker installed?); the module will parse with the managed core."
        return
    }
    Get-ChildItem $publish -File -Filter 'BounceTools.Native.*' | Where-Object Extension -in '.so', '.dylib', '.dll' | Copy-Item -Destination $Destination
}

function Get-HostRuntime {
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    "$os-$(([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture).ToString().ToLowerInvariant())"
}

# The code knowledge base is data; a child pwsh checks it so that the build fails on a bad entry
# (and the freshly built dll is not left loaded in this session).
function Assert-KnowledgeData([string] $CoreAssembly) {
    $problems = & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command "Add-Type -Path '$CoreAssembly'; [BounceTools.Knowledge.KnowledgeBase]::Validate()"
    if ($LASTEXITCODE -ne 0 -or $problems) { throw "Knowledge data is invalid:`n$($problems -join "`n")" }
}

# Each cmdlet's help is one <command:command> fragment in module/help; PowerShell wants them in one file.
function Write-MamlHelp([string] $Destination) {
    $fragments = Get-ChildItem (Join-Path $root 'module/help') -Filter *.xml | Sort-Object Name | ForEach-Object {
        $xml = [xml](Get-Content $_.FullName -Raw)
        $xml.DocumentElement.OuterXml
    }
    $document = @(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<helpItems schema="maml" xmlns="http://msh" xmlns:maml="http://schemas.microsoft.com/maml/2004/10" xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10" xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10">'
        $fragments
        '</helpItems>'
    ) -join [Environment]::NewLine
    [xml]$document | Out-Null
    Set-Content -Path $Destination -Value $document -Encoding utf8
}

function Invoke-Test {
    $results = Join-Path $output 'test-results'
    Remove-Item $results -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $results

    Invoke-Native dotnet @('restore', (Join-Path $root 'tests/Pester/Pester.Download.csproj'), '--nologo', '-v', 'quiet')
    & dotnet test (Join-Path $root 'tests/BounceTools.Tests/BounceTools.Tests.csproj') -c $Configuration --nologo `
        --logger 'trx;LogFileName=xunit.trx' --logger 'console;verbosity=minimal' --results-directory $results
    $xunit = Read-TrxCounts (Join-Path $results 'xunit.trx')

    $pesterResults = Join-Path $results 'pester.xml'
    $pwsh = Join-Path $PSHOME 'pwsh'
    & $pwsh -NoProfile -File (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1') -ModulePath $staged -ResultPath $pesterResults
    $pester = Read-NUnitCounts $pesterResults

    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

# A missing result file means the runner itself failed: count that as a failure, not as zero tests.
function Read-TrxCounts([string] $Path) {
    if (-not (Test-Path $Path)) { return [pscustomobject]@{ Passed = 0; Failed = 1 } }
    $counters = ([xml](Get-Content $Path -Raw)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout }
}

function Read-NUnitCounts([string] $Path) {
    if (-not (Test-Path $Path)) { return [pscustomobject]@{ Passed = 0; Failed = 1 } }
    $run = ([xml](Get-Content $Path -Raw)).'test-results'
    [pscustomobject]@{ Passed = [int]$run.total - [int]$run.failures - [int]$run.errors - [int]$run.'not-run' - [int]$run.skipped; Failed = [int]$run.failures + [int]$run.errors }
}

function Invoke-Package {
    $packages = Join-Path $output 'packages'
    Remove-Item $packages -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $packages
    $repository = 'BounceToolsBuild'
    Unregister-PSResourceRepository -Name $repository -ErrorAction Ignore
    Register-PSResourceRepository -Name $repository -Uri $packages -Trusted
    try {
        Publish-PSResource -Path $staged -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository
    }
    Get-ChildItem $packages -Filter *.nupkg | ForEach-Object { Write-Host "Package: $($_.FullName)" }
}

foreach ($name in $Task) {
    switch ($name) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Build; Invoke-Test }
        'Package' { Invoke-Build; Invoke-Package }
        'Conformance' {
            Invoke-Build
            & (Join-Path $root 'tests/Conformance/Invoke-Conformance.ps1') -ModulePath $staged -Corpus $Corpus
            # A second yardstick where the Debian package python3-flufl.bounce is installed.
            if (Test-Path '/usr/lib/python3/dist-packages/flufl/bounce/testing/helpers.py') {
                'flufl.bounce test bounces:'
                & (Join-Path $root 'tests/Conformance/Measure-FluflCorpus.ps1') -ModulePath $staged
            }
        }
    }
}
