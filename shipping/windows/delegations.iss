; Inno Setup script for the Windows installer of Delegations.
; Build on Windows, after `python -m shipping.bundle dist` made dist\Delegations:
;   iscc /DAppVersion=0.1.0 shipping\windows\delegations.iss
; The installer goes to dist\Delegations-<version>-setup.exe. IT can install it for all
; users silently: Delegations-<version>-setup.exe /VERYSILENT /ALLUSERS
; or a user without administrator rights for themselves: /CURRENTUSER.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B0C6A51-4E1D-4C2B-9F52-8D3A1D6E2C10}
AppName=Delegations
AppVersion={#AppVersion}
AppPublisher=The Delegations authors
DefaultDirName={autopf}\Delegations
DefaultGroupName=Delegations
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir=..\..\dist
OutputBaseFilename=Delegations-{#AppVersion}-setup
SetupIconFile=..\..\dist\Delegations\delegations.ico
UninstallDisplayIcon={app}\Delegations.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Delegations\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Delegations"; Filename: "{app}\Delegations.exe"
Name: "{group}\{cm:UninstallProgram,Delegations}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Delegations"; Filename: "{app}\Delegations.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Delegations.exe"; Description: "{cm:LaunchProgram,Delegations}"; Flags: nowait postinstall skipifsilent
