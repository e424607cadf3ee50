using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>Analyzer config options as MSBuild would pass them: build_property.* globally, build_metadata.* per file.</summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, TestOptions> _files = new(StringComparer.Ordinal);

        public TestOptionsProvider(IDictionary<string, string> global) => GlobalOptions = new TestOptions(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public TestOptionsProvider WithFile(string path, IDictionary<string, string> metadata)
        {
            _files[path] = new TestOptions(metadata);
            return this;
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;

        private sealed class TestOptions : AnalyzerConfigOptions
        {
            public static readonly TestOptions Empty = new(new Dictionary<string, string>());
            private readonly ImmutableDictionary<string, string> _values;

            public TestOptions(IDictionary<string, string> values) => _values = values.ToImmutableDictionary(KeyComparer);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    /// <summary>An additional file held in memory.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }
}
