@{
    RootModule           = 'BounceTools.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5d2f6a0e-8b1c-4c57-9a43-2f0e7c1b9d61'
    Author               = 'BounceTools contributors'
    CompanyName          = 'BounceTools'
    Copyright            = '(c) BounceTools contributors. MIT License.'
    Description          = 'Reads email bounces (delivery status notifications and the layouts of common MTAs and providers) into typed records per failed recipient, and explains SMTP reply codes, enhanced status codes and provider codes offline.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('BounceTools.Format.ps1xml', 'BounceTools.CodeInfo.Format.ps1xml')
    TypesToProcess       = @('BounceTools.Types.ps1xml')
    CmdletsToExport      = @('Get-BounceStatus', 'ConvertFrom-BounceMessage', 'Get-BounceCodeInfo')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('email', 'bounce', 'DSN', 'SMTP', 'NDR', 'RFC3464', 'mail', 'Exchange', 'Postfix', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/bouncetools/BounceTools'
            ReleaseNotes = 'First release: Get-BounceStatus, ConvertFrom-BounceMessage and Get-BounceCodeInfo.'
        }
    }
}
