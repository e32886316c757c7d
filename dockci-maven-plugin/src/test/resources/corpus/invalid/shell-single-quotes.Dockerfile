# Broken on purpose: single quotes are not JSON, so this is shell form, which SHELL refuses.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ['powershell', '-Command']
