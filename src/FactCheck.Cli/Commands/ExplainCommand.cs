using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Why a flag was raised (every condition its rule evaluated, with inputs and results), or why two
/// claims were not flagged (each comparing rule's conditions for the pair).
/// </summary>
internal static class ExplainCommand
{
    private static readonly Argument<string?> FlagId = new("flag") { Description = "A flag id from the report, or its first 4 or more characters", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string[]> ClaimIds = new("--claims") { Description = "Two claim ids (see `claims`)", AllowMultipleArgumentsPerToken = true };

    public static Command Create()
    {
        var command = new Command("explain", "Show why a flag was raised, or why two claims were not flagged") { FlagId, ClaimIds };
        command.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var claimIds = parse.GetValue(ClaimIds) ?? [];
            if (claimIds.Length > 0) return ExplainPair(workspace, claimIds);
            var id = parse.GetValue(FlagId) ?? throw new UserInputException("explain needs a flag id, or --claims A B");
            var flag = FlagLookup.Find(workspace.Findings, id, $"in {workspace.DatabaseName}; run `check` first?");
            ExplanationPrinter.Print(flag.Flag.RuleId, flag.Flag.Message, flag.Flag.Claims, flag.Flag.Conditions);
            return CommandRunner.Success;
        }));
        return command;
    }

    private static int ExplainPair(Workspace workspace, string[] ids)
    {
        if (ids.Length != 2) throw new UserInputException("--claims takes exactly two claim ids");
        var claims = workspace.Documents.ClaimsById(ids);
        foreach (var id in ids)
            if (claims.All(c => c.Id != id)) throw new UserInputException($"no claim {id} (see `factcheck claims`)");
        var (a, b) = (claims.Single(c => c.Id == ids[0]), claims.Single(c => c.Id == ids[1]));
        var rules = Workspace.Pipeline.CreateRuleLoader(RuleVocabulary.From(workspace.Lexicon)).Load(workspace.RulesDirectory).OfType<IPairRule>().ToList();
        foreach (var rule in rules)
        {
            var conditions = rule.Compare(a, b);
            var verdict = conditions.All(c => c.Passed) ? "would fire" : "does not fire: " + string.Join(", ", conditions.Where(c => !c.Passed).Select(c => c.Name));
            ExplanationPrinter.Print(rule.Definition.Id, verdict, [a, b], conditions);
        }
        return CommandRunner.Success;
    }
}
