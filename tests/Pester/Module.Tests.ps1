BeforeDiscovery {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $commands = Get-Command -Module BounceTools | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $module = Get-Module BounceTools
    $pwsh = Join-Path $PSHOME 'pwsh'
    $sample = Join-Path $module.ModuleBase 'samples/user-unknown.eml'
    # The folder of ahead-of-time compiled code for this runtime and platform, as the module names it.
    $architecture = [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
    $platform = if ($IsWindows) { "win-$architecture" } elseif ($IsMacOS) { "osx-$architecture" } else { "linux-$architecture" }
    $native = Join-Path $module.ModuleBase "dependencies/net$([Environment]::Version.Major).0-$platform"

    # Add-Type cannot name its assembly, so compile the stub with Roslyn, which pwsh ships.
    function New-StubAssembly([string] $Name, [version] $Version, [string] $Path) {
        $source = "[assembly: System.Reflection.AssemblyVersion(""$Version"")] namespace $Name { public class MimeMessage { } }"
        $tree = [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree]::ParseText($source)
        $references = [Microsoft.CodeAnalysis.MetadataReference[]]@([Microsoft.CodeAnalysis.MetadataReference]::CreateFromFile([object].Assembly.Location))
        $options = [Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions]::new([Microsoft.CodeAnalysis.OutputKind]::DynamicallyLinkedLibrary)
        $compilation = [Microsoft.CodeAnalysis.CSharp.CSharpCompilation]::Create($Name, [Microsoft.CodeAnalysis.SyntaxTree[]]@($tree), $references, $options)
        $stream = [IO.File]::Create($Path)
        try { $result = $compilation.Emit($stream) } finally { $stream.Dispose() }
        if (-not $result.Success) { throw "Stub compilation failed: $($result.Diagnostics -join '; ')" }
    }
}

Describe 'Module manifest' {
    It 'declares editions, version, exports and formats' {
        $manifest = Import-PowerShellDataFile (Join-Path $module.ModuleBase 'BounceTools.psd1')
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.CmdletsToExport | Should -Contain 'Get-BounceStatus'
        $manifest.FormatsToProcess | Should -Contain 'BounceTools.Format.ps1xml'
        $manifest.PrivateData.PSData.Tags | Should -Contain 'bounce'
        $module.Version | Should -BeGreaterThan ([version]'0.0')
    }

    It 'exports exactly the manifest cmdlets that exist' {
        $exported = (Get-Command -Module BounceTools).Name
        $exported | Should -Contain 'Get-BounceStatus'
        $exported | Should -Contain 'ConvertFrom-BounceMessage'
        foreach ($name in $exported) { (Get-Command $name).Verb | Should -BeIn (Get-Verb).Verb }
    }
}

Describe 'Help for <Name>' -ForEach $commands {
    BeforeAll {
        $help = Get-Help $Name -Full
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $parameters = (Get-Command $Name).Parameters.Values | Where-Object Name -notin $common
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$Name *[<CommonParameters>]*"
        ($help.Description.Text -join '') | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples with code' {
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $help.Examples.Example) { $example.Code | Should -Not -BeNullOrEmpty }
    }

    It 'describes every parameter' {
        foreach ($parameter in $parameters) {
            $entry = $help.Parameters.Parameter | Where-Object Name -eq $parameter.Name
            $entry | Should -Not -BeNullOrEmpty -Because "$($parameter.Name) needs help"
            ($entry.Description.Text -join '') | Should -Not -BeNullOrEmpty -Because "$($parameter.Name) needs a description"
        }
    }
}

Describe 'about_BounceTools' {
    It 'is available once the module is imported' {
        (Get-Help about_BounceTools | Out-String) | Should -Match 'IsHardBounce is true only when'
    }
}

# With the managed core: the natively compiled one carries its own MimeKit and loads none.
Describe 'Dependency isolation' {
    It 'keeps MimeKit and BouncyCastle out of the default load context' {
        $script = "`$env:BOUNCETOOLS_NATIVE = '0'; Import-Module '$($module.Path)'; `$null = Get-BounceStatus -LiteralPath '$sample'; " +
            '[System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies.GetName().Name -join ","; ' +
            '([System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object { $_.GetType().Name -eq "DependencyLoadContext" }).Assemblies.GetName().Name -join ","'
        $default, $private = & $pwsh -NoProfile -NonInteractive -Command $script
        $default -split ',' | Should -Not -Contain 'MimeKit'
        $default -split ',' | Should -Not -Contain 'BouncyCastle.Cryptography'
        $private -split ',' | Should -Contain 'MimeKit'
        $default -split ',' | Should -Contain 'BounceTools.Core'
    }

    It 'works when another MimeKit version was loaded first' {
        $stubFolder = Join-Path ([IO.Path]::GetTempPath()) ("bt-stub-" + [guid]::NewGuid())
        $null = New-Item -ItemType Directory -Path $stubFolder
        $stub = Join-Path $stubFolder 'MimeKit.dll'
        New-StubAssembly -Name MimeKit -Version 1.2.3.4 -Path $stub
        $stub | Should -Exist

        $script = "`$env:BOUNCETOOLS_NATIVE = '0'; Add-Type -Path '$stub'; Import-Module '$($module.Path)'; " +
            "(Get-BounceStatus -LiteralPath '$sample').Recipient; " +
            '([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq "MimeKit" } | ForEach-Object { $_.GetName().Version.ToString() }) -join ","'
        $recipient, $versions = & $pwsh -NoProfile -NonInteractive -Command $script
        $recipient | Should -Be 'jane.doe@example.org'
        $versions -split ',' | Should -Contain '1.2.3.4'
        ($versions -split ',').Count | Should -Be 2
        Remove-Item $stubFolder -Recurse -Force -ErrorAction Ignore
    }
}

Describe 'Ahead-of-time compiled images' {
    BeforeAll {
        # Reports where the core and MimeKit were loaded from after one parse by the managed core, in a fresh pwsh.
        function Get-LoadedFrom([string] $ManifestPath) {
            $script = "`$env:BOUNCETOOLS_NATIVE = '0'; Import-Module '$ManifestPath'; `$null = Get-BounceStatus -LiteralPath '$sample'; " +
                '[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -in "BounceTools.Core", "MimeKit" } | ' +
                'Sort-Object { $_.GetName().Name } | ForEach-Object { [IO.Path]::GetDirectoryName($_.Location) }'
            & $pwsh -NoProfile -NonInteractive -Command $script
        }
        $dependencies = Join-Path $module.ModuleBase 'dependencies'
    }

    It 'ships images for Linux, macOS and Windows' {
        foreach ($runtime in 'linux-x64', 'linux-arm64', 'osx-arm64', 'win-x64') {
            Join-Path $dependencies "net10.0-$runtime/BounceTools.Core.dll" | Should -Exist
            Join-Path $dependencies "net10.0-$runtime/MimeKit.dll" | Should -Exist
        }
    }

    It 'loads the core and MimeKit from the images made for this runtime and platform' {
        if (-not (Test-Path $native)) { Set-ItResult -Skipped -Because "no image is built for $platform"; return }
        $core, $mimeKit = Get-LoadedFrom $module.Path
        $core | Should -Be $native
        $mimeKit | Should -Be $native
    }

    It 'falls back to the portable assemblies where no image fits' {
        $copy = Join-Path ([IO.Path]::GetTempPath()) ("bt-portable-" + [guid]::NewGuid())
        Copy-Item $module.ModuleBase $copy -Recurse
        try {
            Get-ChildItem (Join-Path $copy 'dependencies') -Directory | Remove-Item -Recurse -Force
            $core, $mimeKit = Get-LoadedFrom (Join-Path $copy 'BounceTools.psd1')
            $core | Should -Be $copy
            $mimeKit | Should -Be (Join-Path $copy 'dependencies')
        }
        finally {
            Remove-Item $copy -Recurse -Force -ErrorAction Ignore
        }
    }
}

Describe 'Natively compiled core' {
    BeforeAll {
        $library = Get-ChildItem $native -Filter 'BounceTools.Native.*' -ErrorAction Ignore |
            Select-Object -First 1
        $fixtures = Join-Path $PSScriptRoot '../fixtures'

        # Records as JSON and errors of whole folders, read in a fresh pwsh with BOUNCETOOLS_NATIVE set as given.
        function Read-Folder([string] $Native, [string[]] $Folder) {
            $script = "`$env:BOUNCETOOLS_NATIVE = '$Native'; Import-Module '$($module.Path)'; " +
                "`$records = Get-BounceStatus -LiteralPath '$($Folder -join "','")' -Recurse -ErrorAction SilentlyContinue -ErrorVariable failures; " +
                "`$records | ConvertTo-Json -Depth 2 -Compress; `$failures | ForEach-Object { `$_.FullyQualifiedErrorId + ' ' + `$_.Exception.Message }"
            & $pwsh -NoProfile -NonInteractive -Command $script
        }
    }

    It 'parses with the native library where the build made one' {
        if (-not $library) { Set-ItResult -Skipped -Because "no native core is built for $platform"; return }
        $script = "Import-Module '$($module.Path)'; Get-BounceStatus -LiteralPath '$sample' -Debug 5>&1 | Where-Object { `$_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object Message"
        & $pwsh -NoProfile -NonInteractive -Command $script | Should -Be "Parsing with the natively compiled core at $($library.FullName)."
    }

    It 'falls back to the managed core when the library cannot be loaded here' {
        if (-not $library) { Set-ItResult -Skipped -Because "no native core is built for $platform"; return }
        $copy = Join-Path ([IO.Path]::GetTempPath()) ("bt-badnative-" + [guid]::NewGuid())
        Copy-Item $module.ModuleBase $copy -Recurse
        try {
            $broken = Get-ChildItem (Join-Path $copy 'dependencies') -Recurse -Filter $library.Name
            Set-Content -LiteralPath $broken.FullName -Value 'not a shared library'
            $script = "Import-Module '$(Join-Path $copy 'BounceTools.psd1')'; Get-BounceStatus -LiteralPath '$sample' -Debug 5>&1 | " +
                'ForEach-Object { if ($_ -is [System.Management.Automation.DebugRecord]) { $_.Message } else { $_.Recipient } }'
            $debug, $recipient = & $pwsh -NoProfile -NonInteractive -Command $script
            $debug | Should -BeLike "The natively compiled core at $($broken.FullName) could not be loaded (*); parsing with the managed core."
            $recipient | Should -Be 'jane.doe@example.org'
        }
        finally {
            Remove-Item $copy -Recurse -Force -ErrorAction Ignore
        }
    }

    It 'is left alone when BOUNCETOOLS_NATIVE is 0' {
        $script = "`$env:BOUNCETOOLS_NATIVE = '0'; Import-Module '$($module.Path)'; @(Get-BounceStatus -LiteralPath '$sample' -Debug 5>&1 | Where-Object { `$_ -is [System.Management.Automation.DebugRecord] }).Count"
        & $pwsh -NoProfile -NonInteractive -Command $script | Should -Be 0
    }

    It 'gives the records and errors of the managed core for every fixture' {
        if (-not $library) { Set-ItResult -Skipped -Because "no native core is built for $platform"; return }
        $broken = Join-Path ([IO.Path]::GetTempPath()) ("bt-broken-" + [guid]::NewGuid())
        $null = New-Item -ItemType Directory -Path $broken
        try {
            $null = New-Item -ItemType File -Path (Join-Path $broken 'empty.eml')
            [IO.File]::WriteAllBytes((Join-Path $broken 'binary.eml'), [byte[]](0..255))
            $native = Read-Folder '1' $fixtures, $broken
            $managed = Read-Folder '0' $fixtures, $broken
        }
        finally {
            Remove-Item $broken -Recurse -Force -ErrorAction Ignore
        }
        $native[0].Length | Should -BeGreaterThan 100000
        @($native | Where-Object { $_ -like 'EmptyMessage,*empty.eml*' }).Count | Should -Be 1
        @($native | Where-Object { $_ -like 'NotMimeMessage,*binary.eml*' }).Count | Should -Be 1
        $native | Should -Be $managed
    }
}

Describe 'Package' {
    It 'publishes to a local repository and installs from it' {
        $root = Join-Path ([IO.Path]::GetTempPath()) ("bt-repo-" + [guid]::NewGuid())
        $feed = New-Item -ItemType Directory -Path (Join-Path $root 'feed')
        $saved = New-Item -ItemType Directory -Path (Join-Path $root 'saved')
        $name = 'BounceToolsTest' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        Register-PSResourceRepository -Name $name -Uri $feed.FullName -Trusted
        try {
            Publish-PSResource -Path $module.ModuleBase -Repository $name
            Save-PSResource -Name BounceTools -Repository $name -Path $saved.FullName -TrustRepository
            $manifest = Get-ChildItem $saved.FullName -Recurse -Filter BounceTools.psd1 | Select-Object -First 1
            $script = "Import-Module '$($manifest.FullName)'; (Get-BounceStatus -LiteralPath '$sample').Status"
            & $pwsh -NoProfile -NonInteractive -Command $script | Should -Be '5.1.1'
            Join-Path $manifest.DirectoryName 'dependencies/MimeKit.dll' | Should -Exist
        }
        finally {
            Unregister-PSResourceRepository -Name $name
            Remove-Item $root -Recurse -Force -ErrorAction Ignore
        }
    }
}
