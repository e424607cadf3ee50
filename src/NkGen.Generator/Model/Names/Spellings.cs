using System;
using System.Collections.Generic;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// The few spellings of one kind an entity has, nearly always one: held as itself, not as an array of one (three such
    /// arrays per city, made only to be read once by <see cref="AlsoWritten"/>).
    /// </summary>
    internal readonly struct Spellings
    {
        private readonly string? _one;
        private readonly IReadOnlyList<string>? _all;

        public Spellings(string one)
        {
            _one = one;
            _all = null;
        }

        public Spellings(IReadOnlyList<string> all)
        {
            _one = null;
            _all = all;
        }

        public int Count => _all?.Count ?? (_one is null ? 0 : 1);

        public string this[int index] => _all is not null ? _all[index]
            : index == 0 && _one is not null ? _one
            : throw new ArgumentOutOfRangeException(nameof(index));
    }
}
