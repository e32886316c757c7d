# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV APP_HOME=C:\app `
    LOG_DIR=C:\logs

RUN New-Item -ItemType Directory -Path $env:APP_HOME, $env:LOG_DIR | Out-Null; `
    Invoke-WebRequest -Uri https://example.org/tool.zip -OutFile C:\tool.zip; `
    Expand-Archive C:\tool.zip -DestinationPath C:\tool; `
    Remove-Item C:\tool.zip -Force

WORKDIR C:\app
COPY bin\ C:\app\
ENTRYPOINT ["C:\\app\\service.exe"]
