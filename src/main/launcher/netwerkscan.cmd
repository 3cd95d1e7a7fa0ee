@echo off
rem netwerkscan for Windows: runs netwerkscan.jar beside this file with the JVM options of the
rem shell launcher "netwerkscan" beside it, whose comments say why each one is there (measured
rem in the README, "Speed and memory"). Transparent huge pages are left out: Windows gives large
rem pages only to accounts granted "Lock pages in memory", and the JVM warns where it cannot.
rem -Dnetwerkscan.launcher tells the jar that its JVM is tuned already (TunedJvm.java).
rem NETWERKSCAN_JAVA_OPTS adds or overrides JVM options, e.g. set NETWERKSCAN_JAVA_OPTS=-Xmx2g
rem No parenthesised blocks below: a folder such as "C:\Program Files (x86)" would end them.
setlocal EnableExtensions DisableDelayedExpansion
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
set "base=-Dnetwerkscan.launcher=script -Xms1g -Xmx1g -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MetaspaceSize=96m -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000"
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
