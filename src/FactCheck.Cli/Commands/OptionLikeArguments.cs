using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>
/// System.CommandLine hands an argument every token no option matched, so a misspelt option
/// (`run seeds --fromat md`) would be read as a path and the run would go on without it. Every
/// argument in the tree refuses a token that looks like an option; a file whose name starts with a
/// dash is written `./-name`.
/// </summary>
internal static class OptionLikeArguments
{
    public static void RefuseIn(Command root)
    {
        // Some arguments serve several commands (run and ingest share their paths): one validator each.
        var arguments = new HashSet<Argument>();
        Collect(root, arguments);
        foreach (var argument in arguments)
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => LooksLikeOption(t.Value)))
                    result.AddError($"Unrecognized option '{token.Value}' (a file whose name starts with '-' is written ./{token.Value})");
            });
    }

    private static void Collect(Command command, HashSet<Argument> arguments)
    {
        arguments.UnionWith(command.Arguments);
        foreach (var subcommand in command.Subcommands) Collect(subcommand, arguments);
    }

    // A lone "-" is not an option; nor is a negative number.
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);
}
