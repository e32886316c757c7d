# Broken on purpose: backtick continuations need "# escape=`" as the very first line.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command `
    Write-Output hello
