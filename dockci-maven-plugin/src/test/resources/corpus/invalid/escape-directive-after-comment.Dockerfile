# Windows image (broken on purpose: the directive below comes after this comment, so it is ignored)
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command `
    Write-Output hello
