using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace NkGen.Package.Tests.Support
{
    /// <summary>What a finished <c>dotnet</c> command left: its exit code and everything it printed.</summary>
    public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public override string ToString() => $"> {CommandLine}{Environment.NewLine}exit code {ExitCode}{Environment.NewLine}{Output}";
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI in a child process with a timeout. The child gets the machine's environment minus the
    /// MSBuild variables of the test run that started it, and never leaves MSBuild nodes behind.
    /// </summary>
    public static class DotNet
    {
        private static readonly string Executable =
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        public static CommandResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            if (environment is not null)
            {
                foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var commandLine = "dotnet " + string.Join(" ", arguments) + " (in " + workingDirectory + ")";
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit();
                return new CommandResult(commandLine, -1, $"TIMED OUT after {timeout.TotalSeconds:0} s{Environment.NewLine}{Text(output)}");
            }

            process.WaitForExit(); // drains the asynchronous readers
            return new CommandResult(commandLine, process.ExitCode, Text(output));
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
        }

        private static string Text(StringBuilder output)
        {
            lock (output) return output.ToString();
        }
    }
}
