using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace NkGen.Ide.Tests
{
    /// <summary>
    /// A project in a Roslyn workspace as an IDE holds it: the user's code, the NkGen runtime, the generator as an
    /// analyzer reference, NkGenData files as additional documents with the metadata NkGen's .props gives them.
    /// </summary>
    internal sealed class IdeProject : IDisposable
    {
        public const string Caret = "$$";
        private const string Root = "/ide/";

        private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
        private readonly int _position;
        private ProjectId _projectId;
        private DocumentId _codeId;

        public IdeProject(string codeWithCaret, bool withNkGen = true, params (string Name, string Text)[] dataFiles)
        {
            _position = codeWithCaret.IndexOf(Caret, StringComparison.Ordinal);
            if (_position < 0) throw new ArgumentException("The code needs a $$ caret.", nameof(codeWithCaret));
            var code = codeWithCaret.Remove(_position, Caret.Length);

            var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();
            if (withNkGen) references.Add(MetadataReference.CreateFromFile(typeof(City).Assembly.Location));
            var project = _workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                filePath: Root + "Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                metadataReferences: references,
                analyzerReferences: withNkGen ? new AnalyzerReference[] { new GeneratorReference() } : Array.Empty<AnalyzerReference>()));
            _projectId = project.Id;

            var globalConfig = new StringBuilder("is_global = true\n");
            foreach (var (name, text) in dataFiles)
            {
                globalConfig.Append($"\n[{Root}{name}]\nbuild_metadata.AdditionalFiles.NkGenData = true\n");
                project = project.AddAdditionalDocument(name, SourceText.From(text, Encoding.UTF8), filePath: Root + name).Project;
            }

            project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(globalConfig.ToString(), Encoding.UTF8), filePath: Root + ".globalconfig").Project;
            var document = project.AddDocument("Program.cs", SourceText.From(code, Encoding.UTF8), filePath: Root + "Program.cs");
            _codeId = document.Id;
            if (!_workspace.TryApplyChanges(document.Project.Solution)) throw new InvalidOperationException("The workspace refused the project.");
        }

        public Document Document => _workspace.CurrentSolution.GetDocument(_codeId)!;

        /// <summary>
        /// Edits an NkGenData file and saves it. Visual Studio and C# Dev Kit run generators in "Balanced" mode by
        /// default: generated code is refreshed when a file is saved or the project built, which the host requests
        /// through the workspace's internal source-generator version update; this makes the same request, then waits
        /// for the background refresh the way the IDE's list does.
        /// </summary>
        public async Task EditAndSaveDataFileAsync(string name, string text, string expectedInGeneratedCode)
        {
            var project = _workspace.CurrentSolution.GetProject(_projectId)!;
            var file = project.AdditionalDocuments.Single(d => d.Name == name);
            if (!_workspace.TryApplyChanges(_workspace.CurrentSolution.WithAdditionalDocumentText(file.Id, SourceText.From(text, Encoding.UTF8))))
                throw new InvalidOperationException("The workspace refused the edit.");
            var save = typeof(Workspace).GetMethod("EnqueueUpdateSourceGeneratorVersion", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                ?? throw new InvalidOperationException("This Roslyn has no source-generator refresh request; update the test to the host's new API.");
            save.Invoke(_workspace, new object?[] { _projectId, false });
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var generated = await Document.Project.GetSourceGeneratedDocumentsAsync();
                foreach (var document in generated)
                {
                    if (!(await document.GetTextAsync()).ToString().Contains(expectedInGeneratedCode, StringComparison.Ordinal)) continue;
                    // The host's background analysis of the open file then brings its semantics up to date.
                    await Document.GetSemanticModelAsync();
                    return;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"The generated code never showed '{expectedInGeneratedCode}' after the save.");
        }

        /// <summary>The user goes back to the code and types (here: a comment at the end), as they do before asking for the list again.</summary>
        public void TypeAtEnd(string text)
        {
            var code = Document.GetTextAsync().Result;
            var edited = code.WithChanges(new TextChange(new TextSpan(code.Length, 0), text));
            if (!_workspace.TryApplyChanges(_workspace.CurrentSolution.WithDocumentText(_codeId, edited))) throw new InvalidOperationException("The workspace refused the edit.");
        }

        public async Task<IReadOnlyList<CompletionItem>> CompletionsAsync()
        {
            var service = CompletionService.GetService(Document) ?? throw new InvalidOperationException("No completion service: Features assemblies are not in the MEF host.");
            var list = await service.GetCompletionsAsync(Document, _position);
            return list.ItemsList.ToList();
        }

        public async Task<string> DescriptionAsync(string displayText)
        {
            var service = CompletionService.GetService(Document)!;
            var item = (await CompletionsAsync()).Single(i => i.DisplayText == displayText);
            var description = await service.GetDescriptionAsync(Document, item);
            return description?.Text ?? "";
        }

        public async Task<string> QuickInfoAsync()
        {
            var service = QuickInfoService.GetService(Document) ?? throw new InvalidOperationException("No quick info service.");
            var info = await service.GetQuickInfoAsync(Document, _position);
            return info is null ? "" : string.Join("\n", info.Sections.Select(s => s.Text));
        }

        public async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync()
        {
            var compilation = (await Document.Project.GetCompilationAsync())!;
            return compilation.GetDiagnostics();
        }

        public void Dispose() => _workspace.Dispose();
    }
}
