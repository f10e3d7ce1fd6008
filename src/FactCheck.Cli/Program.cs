using FactCheck.Cli.Commands;
using Spectre.Console;

// Piped output has no terminal width; tables read better wide than wrapped at 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;

return FactCheckCommand.Create().Parse(args).Invoke();
