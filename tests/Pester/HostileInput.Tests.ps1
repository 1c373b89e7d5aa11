BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $samples = Join-Path (Get-Module BounceTools).ModuleBase 'samples'
    $hostile = Join-Path $PSScriptRoot '../fixtures/hostile'
    $commandId = 'BounceTools.Commands.GetBounceStatusCommand'
    $pwsh = Join-Path $PSHOME 'pwsh'

    $work = Join-Path ([IO.Path]::GetTempPath()) ("bt-hostile-" + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $work
    $good = Join-Path $work 'good.eml'
    $other = Join-Path $work 'other.eml'
    Copy-Item (Join-Path $samples 'user-unknown.eml') $good
    Copy-Item (Join-Path $samples 'two-recipients.eml') $other
    $goodRecipients = @('jane.doe@example.org', 'ghost@example.net', 'full.box@example.org')

    # A report whose one header line breaks the header-field limit: a message over a limit is an error record.
    function New-OverLimitMessage([string] $Path) {
        $report = Get-Content -LiteralPath (Join-Path $samples 'user-unknown.eml') -Raw
        Set-Content -LiteralPath $Path -Value ("X-Flood: " + ('x' * 100000) + "`r`n" + $report) -NoNewline
    }

    # Every bad input, with the error id it must give; created in a folder of its own by New-BadInputs.
    function New-BadInputs([string] $Folder) {
        $null = New-Item -ItemType Directory -Path $Folder -Force
        $null = New-Item -ItemType Directory -Path (Join-Path $Folder 'a-directory.eml')
        Set-Content -LiteralPath (Join-Path $Folder 'zero.eml') -Value '' -NoNewline
        [IO.File]::WriteAllBytes((Join-Path $Folder 'binary.eml'), [byte[]](0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 255, 0, 7))
        Set-Content -LiteralPath (Join-Path $Folder 'text.eml') -Value "just words`nno headers" -NoNewline
        New-OverLimitMessage (Join-Path $Folder 'over-limit.eml')
        @{
            'a-directory.eml' = 'PathIsDirectory'
            'zero.eml'        = 'EmptyMessage'
            'binary.eml'      = 'NotMimeMessage'
            'text.eml'        = 'NotMimeMessage'
            'over-limit.eml'  = 'HeaderTooLarge'
        }
    }

    function Get-FileState([string] $Folder) {
        Get-ChildItem -LiteralPath $Folder -Recurse -Force | Sort-Object FullName | ForEach-Object {
            $hash = if ($_.PSIsContainer) { '' } else { (Get-FileHash -LiteralPath $_.FullName).Hash }
            # LastAccessTime is left out: the kernel may update it on any read (relatime).
            '{0}|{1}|{2}|{3}|{4}|{5}|{6}' -f $_.FullName, $hash, $_.Length, $_.LastWriteTimeUtc.Ticks, $_.CreationTimeUtc.Ticks, $_.Attributes, $_.UnixFileMode
        }
    }
}

AfterAll {
    Remove-Item $work -Recurse -Force -ErrorAction Ignore
}

Describe 'Get-BounceStatus on bad input' {
    BeforeAll {
        $bad = New-BadInputs (Join-Path $work 'bad')
    }

    It 'writes one error naming <_> and reads the files around it' -ForEach @('a-directory.eml', 'zero.eml', 'binary.eml', 'text.eml', 'over-limit.eml') {
        $path = Join-Path $work "bad/$_"
        $records = Get-BounceStatus -LiteralPath $good, $path, $other -ErrorVariable problems -ErrorAction SilentlyContinue
        $records.Recipient | Should -Be $goodRecipients
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be "$($bad[$_]),$commandId"
        $problems[0].TargetObject | Should -Be $path
        $problems[0].Exception.Message | Should -BeLike "*$_*"
    }

    It 'writes one NotFileSystemPath error for a path of another provider' {
        $records = Get-BounceStatus -LiteralPath $good, 'Env:\PATH', $other -ErrorVariable problems -ErrorAction SilentlyContinue
        $records.Recipient | Should -Be $goodRecipients
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be "NotFileSystemPath,$commandId"
        $problems[0].TargetObject | Should -Be 'Env:\PATH'
    }

    It 'writes one PathNotFound error for a file removed between listing and reading' {
        $folder = Join-Path $work 'vanishing'
        $null = New-Item -ItemType Directory -Path $folder
        Copy-Item $good (Join-Path $folder '1.eml')
        Copy-Item $good (Join-Path $folder '2-vanishes.eml')
        Copy-Item $other (Join-Path $folder '3.eml')
        $records = Get-ChildItem -LiteralPath $folder -File |
            ForEach-Object { if ($_.Name -eq '2-vanishes.eml') { Remove-Item -LiteralPath $_.FullName }; $_ } |
            Get-BounceStatus -ErrorVariable problems -ErrorAction SilentlyContinue
        $records.Recipient | Should -Be $goodRecipients
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be "PathNotFound,$commandId"
        $problems[0].TargetObject | Should -Be (Join-Path $folder '2-vanishes.eml')
    }

    It 'writes one FileReadError error for a file another handle holds with an exclusive lock' {
        # .NET on Linux maps FileShare.None to an exclusive flock, which a shared reader honours.
        $locked = Join-Path $work 'locked.eml'
        Copy-Item $good $locked
        $holder = [IO.File]::Open($locked, 'Open', 'ReadWrite', 'None')
        try {
            $records = Get-BounceStatus -LiteralPath $good, $locked, $other -ErrorVariable problems -ErrorAction SilentlyContinue
        }
        finally { $holder.Dispose() }
        $records.Recipient | Should -Be $goodRecipients
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be "FileReadError,$commandId"
        $problems[0].TargetObject | Should -Be $locked
    }

    It 'writes one FileAccessDenied error for a file it may not read' -Skip:(-not $IsLinux -or -not (Get-Command setpriv -ErrorAction Ignore)) {
        # The tests run as root, who reads any file; a child pwsh without the DAC capabilities does not.
        $denied = Join-Path $work 'denied.eml'
        Copy-Item $good $denied
        chmod 000 $denied
        $script = Join-Path $work 'read-denied.ps1'
        Set-Content -LiteralPath $script -Value @'
Import-Module $env:BOUNCETOOLS_MODULE
$records = Get-BounceStatus -LiteralPath $args[0], $args[1], $args[2] -ErrorVariable problems -ErrorAction SilentlyContinue
@{ Recipients = @($records.Recipient); Ids = @($problems.FullyQualifiedErrorId); Targets = @($problems.TargetObject) } | ConvertTo-Json -Compress
'@
        $json = setpriv --bounding-set=-dac_override,-dac_read_search -- $pwsh -NoProfile -NonInteractive -File $script $good $denied $other
        $result = $json | ConvertFrom-Json
        $result.Recipients | Should -Be $goodRecipients
        $result.Ids | Should -Be @("FileAccessDenied,$commandId")
        $result.Targets | Should -Be @($denied)
    }

    It 'returns exactly the good files'' records plus one error per bad file from a mixed folder' {
        $mixed = Join-Path $work 'mixed'
        $expectedIds = New-BadInputs $mixed
        Copy-Item $good (Join-Path $mixed 'good-1.eml')
        Copy-Item $other (Join-Path $mixed 'good-2.eml')
        Copy-Item (Join-Path $samples 'delayed.eml') (Join-Path $mixed 'good-3.eml')
        $expectedRecords = Get-ChildItem -LiteralPath $mixed -Filter 'good-*.eml' | ForEach-Object { Get-BounceStatus -LiteralPath $_.FullName } |
            ForEach-Object { "$($_.Path)|$($_.Recipient)|$($_.Status)" }

        $records = Get-ChildItem -LiteralPath $mixed | Get-BounceStatus -ErrorVariable problems -ErrorAction SilentlyContinue

        ($records | ForEach-Object { "$($_.Path)|$($_.Recipient)|$($_.Status)" } | Sort-Object) | Should -Be ($expectedRecords | Sort-Object)
        $problems.Count | Should -Be $expectedIds.Count
        foreach ($problem in $problems) {
            $name = Split-Path $problem.TargetObject -Leaf
            $problem.FullyQualifiedErrorId | Should -Be "$($expectedIds[$name]),$commandId"
        }
        ($problems.TargetObject | Split-Path -Leaf | Sort-Object) | Should -Be ($expectedIds.Keys | Sort-Object)
    }

    It 'gives each hostile message records or one documented error, never a parser fault' {
        $files = Get-ChildItem -LiteralPath $hostile -File
        $records = $files | Get-BounceStatus -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.FullyQualifiedErrorId | Should -Not -Contain "ParserFault,$commandId"
        foreach ($file in $files) {
            $fileErrors = @($problems | Where-Object TargetObject -EQ $file.FullName)
            $fileRecords = @($records | Where-Object Path -EQ $file.FullName)
            $fileErrors.Count | Should -BeLessOrEqual 1 -Because $file.Name
            ($fileErrors.Count -eq 1 -and $fileRecords.Count -gt 0) | Should -BeFalse -Because "$($file.Name) gave both records and an error"
        }
    }
}

Describe 'ConvertFrom-BounceMessage on oversized input' {
    It 'keeps no more than the size limit of lines piped one at a time, and writes one MessageTooLarge error' {
        # 1,100 lines of 1 MiB: more characters than one string can hold, had they all been kept.
        $line = 'x' * 1MB
        $records = 1..1100 | ForEach-Object { $line } | ConvertFrom-BounceMessage -ErrorVariable problems -ErrorAction SilentlyContinue
        $records | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'MessageTooLarge,BounceTools.Commands.ConvertFromBounceMessageCommand'
    }
}

Describe 'Get-BounceStatus leaves its inputs untouched' {
    It 'keeps content, timestamps, attributes and modes of every input, read-only files included' {
        $folder = Join-Path $work 'untouched'
        $null = New-BadInputs $folder
        Copy-Item $good (Join-Path $folder 'good.eml')
        Copy-Item $other (Join-Path $folder 'read-only.eml')
        Copy-Item -Path (Join-Path $hostile '*') -Destination $folder
        Set-ItemProperty -LiteralPath (Join-Path $folder 'read-only.eml') -Name IsReadOnly -Value $true
        # Timestamps in the past, so that any write during the run would show.
        Get-ChildItem -LiteralPath $folder -File | ForEach-Object { $_.LastWriteTimeUtc = [datetime]'2020-01-02T03:04:05Z' }
        $before = Get-FileState $folder

        $records = Get-ChildItem -LiteralPath $folder | Get-BounceStatus -ErrorAction SilentlyContinue

        $records.Count | Should -BeGreaterThan 0
        Get-FileState $folder | Should -Be $before
    }

    It 'reads a file that a writer holds open, and the writer can go on writing' {
        $delivering = Join-Path $work 'delivering.eml'
        Copy-Item $good $delivering
        $writer = [IO.File]::Open($delivering, 'Append', 'Write', 'ReadWrite')
        try {
            (Get-BounceStatus -LiteralPath $delivering).Recipient | Should -Be 'jane.doe@example.org'
            $writer.Write([byte[]](13, 10), 0, 2)
            $writer.Flush()
        }
        finally { $writer.Dispose() }
        (Get-Item -LiteralPath $delivering).Length | Should -Be ((Get-Item -LiteralPath $good).Length + 2)
    }
}
