BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $sample = Join-Path (Get-Module BounceTools).ModuleBase 'samples/two-recipients.eml'
}

Describe 'ConvertFrom-BounceMessage' {
    It 'parses Get-Content -Raw output and keeps the source path' {
        $records = Get-Content $sample -Raw | ConvertFrom-BounceMessage
        $records.Recipient | Should -Be @('ghost@example.net', 'full.box@example.org')
        $records[0].Path | Should -Be $sample
    }

    It 'joins lines piped one at a time into one message' {
        $records = Get-Content $sample | ConvertFrom-BounceMessage
        $records.Status | Should -Be @('5.1.1', '5.2.2')
    }

    It 'parses a byte array' {
        $records = ConvertFrom-BounceMessage -InputObject ([IO.File]::ReadAllBytes($sample))
        $records.Count | Should -Be 2
        $records[0].Path | Should -BeNullOrEmpty
    }

    It 'writes a NotMimeMessage error for text that is not a message' {
        $null = "no headers here`njust text" | ConvertFrom-BounceMessage -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'NotMimeMessage,BounceTools.Commands.ConvertFromBounceMessageCommand'
    }
}
