#escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerAdministrator
RUN mkdir C:\data && `
    setx /M PATH "%PATH%;C:\tools"
COPY tools C:\tools
USER ContainerUser
CMD ["cmd", "/S", "/C", "C:\\tools\\run.cmd"]
