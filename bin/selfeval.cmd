@echo off
rem selfeval launcher for Windows: bin\selfeval.cmd batch IN --out OUT (the same arguments as the jar).
rem Keep this file ASCII: cmd reads it in the OEM code page.
rem Runs target\selfeval.jar (or the file SELFEVAL_JAR names) with the JVM flags of bin/selfeval: C1 compiler only and the
rem serial collector, 30-40 percent less CPU and about a third of the memory on a large batch (docs/benchmarks.md,
rem "JVM flags"). JAVA_OPTS comes after them and can override them. No AppCDS archive here (bin/selfeval has one).
rem SQLite's native library (the results store) is extracted once into %LOCALAPPDATA%\selfeval, made if missing, and
rem kept there (-Dselfeval.cache, store.SqliteLibrary) instead of into the temporary folder at every start. Where
rem that folder cannot be made or written (or LOCALAPPDATA is not set), selfeval extracts it as before.
setlocal
if defined JAVA_HOME (set JAVA="%JAVA_HOME%\bin\java") else (set JAVA=java)
if defined SELFEVAL_JAR (set JAR="%SELFEVAL_JAR%") else (set JAR="%~dp0..\target\selfeval.jar")
if not exist %JAR% (
    echo selfeval: %JAR% not found; build it first with: mvn -q package -DskipTests ^(NO_JAR^) 1>&2
    exit /b 2
)
set CACHE=
if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\selfeval"
if defined CACHE if not exist "%CACHE%\" mkdir "%CACHE%" 2>nul
%JAVA% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 "-Dselfeval.cache=%CACHE%" %JAVA_OPTS% -jar %JAR% %*
exit /b %ERRORLEVEL%
