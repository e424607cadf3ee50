namespace NkGen.Generator
{
    /// <summary>The name of every pipeline step, so that tests can assert each step's cache behaviour.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string DataFiles = nameof(DataFiles);
        public const string Readings = nameof(Readings);
        public const string DefaultReadings = nameof(DefaultReadings);
        public const string Model = nameof(Model);
        public const string TargetLibraries = nameof(TargetLibraries);
        public const string LanguageVersion = nameof(LanguageVersion);
        public const string EmitOptions = nameof(EmitOptions);
        public const string ReferencedClasses = nameof(ReferencedClasses);
        public const string EmitInput = nameof(EmitInput);
        public const string Emit = nameof(Emit);
    }
}
