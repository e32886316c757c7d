FROM mcr.microsoft.com/windows/servercore:ltsc2022
# Without an escape directive every Windows path needs its backslashes doubled or a forward slash.
WORKDIR C:/app
COPY app/ C:/app/
RUN powershell -Command \
    Write-Output 'ready'
CMD ["C:/app/start.cmd"]
