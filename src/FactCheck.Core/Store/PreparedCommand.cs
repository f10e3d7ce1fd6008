using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// One SQL statement compiled once and run many times with new values, for the writes an ingest
/// or a check repeats hundreds of thousands of times (compiling a statement cost more than running it).
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var name in parameterNames) _command.Parameters.Add(new SqliteParameter("@" + name, null));
    }

    /// <summary>Runs the statement inside <paramref name="transaction"/> with these values, in parameter order.</summary>
    public int Execute(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or null.</summary>
    public object? Scalar(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        var value = _command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>The first row's values (DBNull as null), or null when there is no row.</summary>
    public object?[]? Row(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        using var reader = _command.ExecuteReader();
        if (!reader.Read()) return null;
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return row;
    }

    private void Bind(SqliteTransaction transaction, object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
            throw new ArgumentException($"{_command.Parameters.Count} values expected, {values.Length} given", nameof(values));
        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
