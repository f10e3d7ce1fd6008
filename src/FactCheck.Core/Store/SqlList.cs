using System.Data.Common;

namespace FactCheck.Store;

/// <summary>
/// A list of values as one parameter each, "(@p0, @p1, ...)": the form of IN both databases read
/// the same way (Dapper expands a list for SQLite but hands PostgreSQL an array).
/// </summary>
internal static class SqlList
{
    public static string Add(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@{prefix}{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        return values.Count == 0 ? "(NULL)" : "(" + string.Join(", ", values.Select((_, i) => $"@{prefix}{i}")) + ")";
    }
}
