using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Rules.Evaluation;
using FactCheck.Store;

namespace FactCheck.Cli.Commands;

/// <summary>`eval pairs PAIRS_JSON`: which gold pairs the flags stored by a previous run or check join.</summary>
internal static class EvalPairsCommand
{
    private static readonly Argument<string> PairsPath = new("pairs-file") { Description = "A pairs.json of must_flag, should_flag and must_not_flag entries" };

    /// <summary>
    /// A subcommand of `eval`, which also takes a gold folder: the parser accepts `eval FOLDER pairs FILE`
    /// (and help shows `eval &lt;gold&gt; pairs`), so a folder given there is refused rather than ignored.
    /// </summary>
    public static Command Create(Argument<string> goldFolder)
    {
        var command = new Command("pairs", "Measure the stored flags against hand-annotated pairs (run `run` or `ingest` + `check` first)") { PairsPath };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            if (parse.GetResult(goldFolder) is { Tokens.Count: > 0 } given)
                throw new UserInputException($"eval pairs takes a pairs file, not a gold folder ({given.Tokens[0].Value})");
            var pairs = PairsFile.Load(parse.GetValue(PairsPath)!);
            // Opening a missing database would create an empty one and score every pair as unextracted.
            if (!workspace.DatabaseExists)
                throw new UserInputException($"{workspace.DatabaseName}: database not found (run `factcheck run CORPUS --db {workspace.DatabaseName}` first)");
            var claims = workspace.Documents.Claims(new ClaimQuery());
            var flags = workspace.Findings.Flags().Select(f => f.Flag);
            var result = PairEvaluator.Evaluate(pairs, claims, flags);
            if (parse.GetValue(EvalCommand.Json)) PairsPrinter.WriteJson(result, Console.Out);
            else PairsPrinter.Print(result, parse.GetValue(EvalCommand.Verbose));
            return CommandRunner.Success;
        }));
        return command;
    }
}
