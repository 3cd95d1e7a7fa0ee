@echo off
rem netwerkscan for Windows: runs netwerkscan.jar beside this file with the JVM options of the
rem shell launcher "netwerkscan" beside it, whose comments say why each one is there (measured
rem in the README, "Speed and memory"). Transparent huge pages are left out: Windows gives large
rem pages only to accounts granted "Lock pages in memory", and the JVM warns where it cannot.
rem -Dnetwerkscan.launcher tells the jar that its JVM is tuned already (TunedJvm.java).
rem NETWERKSCAN_JAVA_OPTS adds or overrides JVM options, e.g. set NETWERKSCAN_JAVA_OPTS=-Xmx2g
rem The heap starts at 1 GB, or at the user's -Xmx where that is smaller (the JVM refuses a start
rem above the maximum), and where the user gives -Xms, that start stands alone.
rem No parenthesised blocks below: a folder such as "C:\Program Files (x86)" would end them.
setlocal EnableExtensions DisableDelayedExpansion
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
set "start=-Xms1g"
set "ownstart="
call :options %NETWERKSCAN_JAVA_OPTS%
if defined ownstart set "start="
set "base=-Dnetwerkscan.launcher=script %start% -Xmx1g -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MetaspaceSize=96m -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000"
set "archive="
if exist "%here%netwerkscan.jsa" set archive="-XX:SharedArchiveFile=%here%netwerkscan.jsa" -Xlog:cds=off,cds+dynamic=off
set "sizing="
set "largest=0"
for %%C in (analyse analyseer compare vergelijk trend verloop template sjabloon) do if /i "%~1"=="%%C" goto measure
goto run

rem The JVM is sized by the largest file among the arguments (sizes above 2 GB do not occur:
rem Excel's sheets end at 1,048,576 rows).
:measure
if "%~1"=="" goto size
if exist "%~1" if not exist "%~1\" call :larger %~z1
shift
goto measure

:size
if %largest% GTR 8388608 goto large
if %largest% GTR 0 set "sizing=-XX:TieredStopAtLevel=1 -Xmn64m"
goto run

:large
set "sizing=-XX:TieredStopAtLevel=1"

:run
"%java%" %base% %archive% %sizing% %NETWERKSCAN_JAVA_OPTS% -jar "%here%netwerkscan.jar" %*
exit /b %ERRORLEVEL%

:larger
if %1 GTR %largest% set "largest=%1"
exit /b 0

rem The user's options one by one (a loop of calls, not a for set: a ")" in an option would end
rem one; an "=" splits an option in two here, which the heap options never contain).
:options
if "%~1"=="" exit /b 0
call :heap "%~1"
shift
goto options

rem One of the user's options: -Xms means their own start heap; -Xmx512m (k, m or bytes below
rem 1 GB) a start of that size. A size that is not one is left for the JVM to refuse; one beyond
rem set /a's 32 bits keeps the 1 GB start.
:heap
set "option=%~1"
if "%option:~0,4%"=="-Xms" set "ownstart=yes"
if not "%option:~0,4%"=="-Xmx" exit /b 0
set "start=-Xms1g"
set "size=%option:~4%"
set "number=%size:~0,-1%"
set "limit="
if /i "%size:~-1%"=="k" set "limit=1048576"
if /i "%size:~-1%"=="m" set "limit=1024"
if not defined limit set "number=%size%"
if not defined limit set "limit=1073741824"
rem Leading zeros off, or set /a reads the number as octal (the JVM reads 0512m as 512 MB).
:zeros
if not "%number:~0,1%"=="0" goto counted
if "%number:~1%"=="" goto counted
set "number=%number:~1%"
goto zeros
:counted
set /a "checked=number" 2>nul || exit /b 0
if not "%checked%"=="%number%" exit /b 0
if %number% LSS %limit% set "start=-Xms%size%"
exit /b 0
