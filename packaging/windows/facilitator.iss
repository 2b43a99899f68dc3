; Inno Setup script: a per-user installer around the PyInstaller one-folder build.
;
;   1. On Windows, in the project folder:  .venv\Scripts\python -m PyInstaller --noconfirm packaging\facilitator.spec
;   2. Then:  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\facilitator.iss
;   The installer is written to dist\installer\Facilitator-0.1.0-setup.exe.
;
; Per-user (no administrator rights): facilitators install on managed laptops.
; The data folder (%LOCALAPPDATA%\Facilitator) is never touched by install or uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7C0C2F7E-5B1E-4C83-9E8B-0F4D6A1E2B31}
AppName=Facilitator
AppVersion={#AppVersion}
AppPublisher=The Facilitator project
DefaultDirName={autopf}\Facilitator
DefaultGroupName=Facilitator
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=Facilitator-{#AppVersion}-setup
SetupIconFile=facilitator.ico
UninstallDisplayIcon={app}\Facilitator.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running Facilitator holds its files open: ask to close it first.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Facilitator"; Filename: "{app}\Facilitator.exe"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\Facilitator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Facilitator.exe"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
