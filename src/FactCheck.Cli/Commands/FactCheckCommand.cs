using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>The root command: every subcommand, listed in the order a user meets them.</summary>
internal static class FactCheckCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("factcheck: find where news reports disagree about the numbers.")
        {
            WorkspaceOptions.Database,
            WorkspaceOptions.Rules,
        };
        root.Add(RunCommand.Create());
        root.Add(IngestCommand.Create());
        root.Add(CheckCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(ClaimsCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(ExplainCommand.Create());
        root.Add(RulesCommand.Create());
        root.Add(ReviewCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(GenerateCommand.Create());
        OptionLikeArguments.RefuseIn(root);
        return root;
    }
}
