using FactCheck.Cli.Commands;

return FactCheckCommand.Create().Parse(args).Invoke();
