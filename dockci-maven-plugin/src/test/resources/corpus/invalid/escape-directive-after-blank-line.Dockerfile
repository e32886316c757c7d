
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# Broken on purpose: the blank first line ends the directives, so the escape line is a comment.
RUN powershell -Command `
    Write-Output hello
