namespace CareDesk.Cli;

/// <summary>Process exit codes; scripts and schedulers branch on them, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Invalid arguments, a missing input file or invalid configuration.</summary>
    public const int UsageError = 1;

    /// <summary>ingest/classify: at least one input line was rejected (the others were processed).</summary>
    public const int LinesRejected = 2;

    /// <summary>audit verify: the audit hash chain is broken.</summary>
    public const int AuditChainBroken = 3;

    /// <summary>Anything unexpected, e.g. a database that cannot be opened or has not been migrated.</summary>
    public const int Failure = 4;

    /// <summary>validation report: a requirement has neither a passed automated test nor a manual entry, or a test failed.</summary>
    public const int ValidationFailed = 5;

    /// <summary>validation verify: the signature does not match the summary and key.</summary>
    public const int SignatureInvalid = 6;

    /// <summary>backup restore-drill: the restored backup failed its integrity or checksum comparison.</summary>
    public const int RestoreDrillFailed = 7;

    /// <summary>dead-letters replay: the item still cannot be stored (the letter stays open) or it was already replayed.</summary>
    public const int ReplayFailed = 8;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;

    public const string Help =
        "Exit codes: 0 success; 1 invalid arguments, missing input file or invalid configuration; "
        + "2 some input lines were rejected (ingest, classify); 3 audit chain broken (audit verify); "
        + "4 unexpected failure (e.g. database error); 5 validation failed (a requirement without a test, or a failed test); "
        + "6 signature invalid (validation verify); 7 restore drill failed (backup restore-drill); "
        + "8 replay failed (dead-letters replay); 130 cancelled.";
}
