# escape=`
FROM mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019

RUN powershell -NoProfile -Command `
    Remove-Item -Recurse C:\inetpub\wwwroot\*

WORKDIR C:\inetpub\wwwroot
COPY content\ .
EXPOSE 80
