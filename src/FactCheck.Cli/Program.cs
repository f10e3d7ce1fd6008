using FactCheck.Cli.Commands;
using FactCheck.Diagnostics;
using Spectre.Console;

// Piped output has no terminal width; tables read better wide than wrapped at 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;

StageTrace.Mark("main");
var exit = FactCheckCommand.Create().Parse(args).Invoke();
StageTrace.Mark("end of main");
return exit;
