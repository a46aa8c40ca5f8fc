@echo off
rem Starts decklint with the Java runtime that came with it, never a Java on the PATH or in JAVA_HOME.
rem Takes the command line's arguments; DECKLINT_JAVA_OPTS replaces the JVM options from lib\java-options.
setlocal
set "DECKLINT_HOME=%~dp0.."
set "DECKLINT_RUNTIME_JAVA=%DECKLINT_HOME%\runtime\bin\java.exe"
rem (goto, not a block in parentheses: a path such as "Program Files (x86)" would end the block early)
if exist "%DECKLINT_RUNTIME_JAVA%" goto runtime_found
echo decklint: the Java runtime it comes with is missing (%DECKLINT_RUNTIME_JAVA%); install decklint again 1>&2
exit /b 2
:runtime_found
set "DECKLINT_KIND=run"
if "%~1"=="lsp" set "DECKLINT_KIND=lsp"
set "DECKLINT_OPTS="
for /f "usebackq eol=# tokens=1,* delims==" %%A in ("%DECKLINT_HOME%\lib\java-options") do (
  if "%%A"=="%DECKLINT_KIND%" set "DECKLINT_OPTS=%%B"
)
rem The start-up archive trained on a lint run with this runtime and jar; the JVM starts without it if it cannot use it.
if exist "%DECKLINT_HOME%\lib\decklint.aot" set "DECKLINT_OPTS=%DECKLINT_OPTS% "-XX:AOTCache=%DECKLINT_HOME%\lib\decklint.aot" -Xlog:aot=off -Xlog:cds=off"
if defined DECKLINT_JAVA_OPTS set "DECKLINT_OPTS=%DECKLINT_JAVA_OPTS%"
set "DECKLINT_LAUNCHER=%DECKLINT_HOME%\bin\decklint.cmd"
"%DECKLINT_RUNTIME_JAVA%" %DECKLINT_OPTS% -jar "%DECKLINT_HOME%\lib\decklint.jar" %*
exit /b %ERRORLEVEL%
