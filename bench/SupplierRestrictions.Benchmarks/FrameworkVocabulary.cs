using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis.CSharp;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// The words of real .NET code: every public type and member name of the SDK's reference assemblies, cut into
/// words, with how often each occurs. Generated identifiers and literals are built from these words (weighted
/// by frequency), so they share words with listed names about as often as real code does, instead of never
/// (made-up words) or always (a hand-picked business vocabulary).
/// </summary>
internal sealed class FrameworkVocabulary
{
    private readonly string[] _words;
    private readonly long[] _cumulative;

    private FrameworkVocabulary(IReadOnlyList<(string Word, long Count)> words)
    {
        _words = words.Select(w => w.Word).ToArray();
        _cumulative = new long[words.Count];
        long total = 0;
        for (int i = 0; i < words.Count; i++)
        {
            // Square root: the framework's own word counts are steeper than an application's use of them.
            total += Math.Max(1, (long)Math.Sqrt(words[i].Count) * 10);
            _cumulative[i] = total;
        }
    }

    public int Count => _words.Length;

    /// <summary>The top words by frequency from <paramref name="referenceFolder"/>'s assemblies (lower case, letters only, 2–12 characters, no C# keyword).</summary>
    public static FrameworkVocabulary FromReferenceAssemblies(string referenceFolder, int size = 3000)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        void AddName(string name)
        {
            foreach (string word in IdentifierWords.Split(name))
            {
                if (word.Length is >= 2 and <= 12 && word.All(c => c is >= 'a' and <= 'z'))
                {
                    counts[word] = counts.TryGetValue(word, out long n) ? n + 1 : 1;
                }
            }
        }

        foreach (string path in Directory.GetFiles(referenceFolder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                continue;
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                var visibility = type.Attributes & TypeAttributes.VisibilityMask;
                if (visibility is not (TypeAttributes.Public or TypeAttributes.NestedPublic))
                {
                    continue;
                }

                AddName(reader.GetString(type.Name).Split('`')[0]);
                foreach (var method in type.GetMethods())
                {
                    var definition = reader.GetMethodDefinition(method);
                    if ((definition.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public && (definition.Attributes & MethodAttributes.SpecialName) == 0)
                    {
                        AddName(reader.GetString(definition.Name));
                    }
                }

                foreach (var property in type.GetProperties())
                {
                    AddName(reader.GetString(reader.GetPropertyDefinition(property).Name));
                }

                foreach (var field in type.GetFields())
                {
                    var definition = reader.GetFieldDefinition(field);
                    if ((definition.Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public)
                    {
                        AddName(reader.GetString(definition.Name));
                    }
                }
            }
        }

        var top = counts
            .Where(c => SyntaxFacts.GetKeywordKind(c.Key) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(c.Key) == SyntaxKind.None)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(size)
            .Select(c => (c.Key, c.Value))
            .ToList();
        if (top.Count < 100)
        {
            throw new InvalidOperationException($"too few words in the reference assemblies of {referenceFolder}");
        }

        return new FrameworkVocabulary(top);
    }

    /// <summary>A word (lower case), drawn by frequency.</summary>
    public string Word(Rng rng)
    {
        long pick = (long)(rng.NextUInt64() % (ulong)_cumulative[^1]);
        int index = Array.BinarySearch(_cumulative, pick + 1);
        return _words[index >= 0 ? index : ~index];
    }

    /// <summary>A word of at least <paramref name="minLength"/> characters.</summary>
    public string Word(Rng rng, int minLength)
    {
        while (true)
        {
            string word = Word(rng);
            if (word.Length >= minLength)
            {
                return word;
            }
        }
    }
}
