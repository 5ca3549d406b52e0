@echo off
rem selfeval hot folder for Windows. Keep this file ASCII: cmd reads it in the OEM code page.
rem Edit the two folders, then run it, or register it as a scheduled task that starts at boot:
rem   schtasks /Create /TN selfeval-watch /SC ONSTART /RU SYSTEM /TR "C:\selfeval\selfeval-watch.bat"
set INBOX=D:\selfeval\inbox
set OUT=D:\selfeval\out
if defined JAVA_HOME (set JAVA="%JAVA_HOME%\bin\java") else (set JAVA=java)
rem SQLite's native library is extracted once into %LOCALAPPDATA%\selfeval (for SYSTEM: under
rem C:\Windows\System32\config\systemprofile) and kept, instead of into the temporary folder at every start
rem (bin\selfeval.cmd does the same; where it cannot be written, selfeval extracts it as before).
set CACHE=
if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\selfeval"
if defined CACHE if not exist "%CACHE%\" mkdir "%CACHE%" 2>nul
rem C1 only and the serial collector: 30-40 percent less CPU, about a third of the memory (docs/benchmarks.md)
%JAVA% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 "-Dselfeval.cache=%CACHE%" -jar "%~dp0selfeval.jar" watch "%INBOX%" --out "%OUT%" --quiet
exit /b %ERRORLEVEL%
