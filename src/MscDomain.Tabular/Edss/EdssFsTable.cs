namespace MscDomain.Tabular.Edss;

/// <summary>A functional-system CSV as read: its header (including pass-through columns) and its rows.</summary>
/// <param name="FileName">The file name as given (used in error messages).</param>
/// <param name="Header">The header fields in file order.</param>
/// <param name="Records">The rows in file order.</param>
public sealed record EdssFsTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<EdssFsRecord> Records);
