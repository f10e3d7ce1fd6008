using System.CommandLine;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Rules;
using FactCheck.Rules.Examples;

namespace FactCheck.Cli.Commands;

/// <summary>`rules validate` reports every problem in rule files; `rules test` runs the examples rules carry.</summary>
internal static class RulesCommand
{
    private static readonly Argument<string[]> Files = new("files") { Description = "Rule files (default: every rule file in the rules folder)", Arity = ArgumentArity.ZeroOrMore };
    private static readonly Option<string?> RuleId = new("--rule") { Description = "Only this rule's examples" };

    public static Command Create()
    {
        var validate = new Command("validate", "Check rule files and report every problem with file:line:column, rule id and JSON path") { Files };
        validate.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var files = parse.GetValue(Files) is { Length: > 0 } given ? given : RuleLoader.RuleFiles(workspace.RulesDirectory).ToArray();
            // Names in the files are checked against the lexicon the rules folder gives extraction, wherever the files are.
            var problems = Workspace.Pipeline.CreateRuleLoader(RuleVocabulary.From(workspace.Lexicon)).Validate(files);
            foreach (var problem in problems) Console.WriteLine(problem.Message);
            Console.WriteLine(problems.Count == 0 ? $"{files.Length} rule files valid." : $"{problems.Count} problems in {files.Length} rule files.");
            return problems.Count == 0 ? CommandRunner.Success : CommandRunner.Failure;
        }));

        var test = new Command("test", "Run the examples each rule carries and print pass or fail for each") { RuleId };
        test.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var lexicon = workspace.Lexicon;
            var runner = new RuleExampleRunner(Workspace.Pipeline.CreateExtractor(lexicon));
            var only = parse.GetValue(RuleId);
            var rules = Workspace.Pipeline.CreateRuleLoader(RuleVocabulary.From(lexicon)).Load(workspace.RulesDirectory, workspace.Warnings)
                .Where(r => only is null || r.Definition.Id == only).ToList();
            if (only is not null && rules.Count == 0) throw new UserInputException($"no rule '{only}' in {workspace.RulesDirectory}");
            int passed = 0, failed = 0;
            foreach (var result in rules.SelectMany(runner.Run))
            {
                var expected = result.Example.ExpectFinding ? "flag" : "no flag";
                var got = result.Findings.Count == 0 ? "nothing" : string.Join("; ", result.Findings.Select(f => f.Message));
                Console.WriteLine($"{(result.Passed ? "pass" : "FAIL")}  {result.RuleId}: {result.Example.Name} (expected {expected}, got {got})");
                if (result.Passed) passed++; else failed++;
            }
            Console.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? CommandRunner.Success : CommandRunner.Failure;
        }));

        return new Command("rules", "Validate and test rule files") { validate, test };
    }
}
