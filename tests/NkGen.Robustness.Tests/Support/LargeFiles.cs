namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// The tests that time the reading of files as large as NkGen reads run one after another, not side by side: on a
    /// two-core machine two of them at once would each take twice as long and fail their time bounds for no fault of the code.
    /// </summary>
    internal static class LargeFiles
    {
        public const string Name = "Large files";
    }
}
