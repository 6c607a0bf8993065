import Foundation
import Testing
@testable import NewsModel

@Suite("SpeakerMerger")
struct SpeakerMergerTests {
    @Test("a name's last word is the last of its words split on spaces")
    func lastWord() {
        let pieces = ["Antony", "Blinken", "von", "der", "Leyen", "Lavrov’s", "Ž", "é", "\u{301}x", "x\u{301}", "\u{600}", "\r\n", "-", ""]
        var names = ["", " ", "  ", "Blinken", " Blinken", "Blinken ", "Antony  Blinken  ", "a \u{301}b", "\u{600} Qin"]
        for a in pieces {
            for b in pieces {
                names += [a + " " + b, a + b, " " + a + "  " + b + " "]
                for c in pieces.prefix(5) { names.append([c, a, b].joined(separator: " ")) }
            }
        }
        for name in names {
            #expect(SpeakerMerger.lastWord(name) == SpaceSeparated.words(name).last, "\(Array(name.unicodeScalars))")
        }
    }

    @Test("a name has a space, asked on its bytes, exactly when Foundation finds one")
    func hasSpace() {
        let pieces = ["Qin", " ", "  ", "é", "\u{301}", "\u{600}", "\r\n", "Ž", "-"]
        var names = [""]
        for a in pieces {
            for b in pieces {
                for c in pieces { names.append(a + b + c) }
            }
        }
        for name in names {
            #expect(SpeakerMerger.hasSpace(name) == name.contains(" "), "\(Array(name.unicodeScalars))")
        }
    }

    @Test("a person's surname made on an ASCII name's bytes is the folded name alone or the folded last word")
    func surname() {
        func reference(_ name: String) -> SpeakingEntities.Surname {
            if !SpeakerMerger.hasSpace(name) { return .alone(.init(TextFolding.fold(name))) }
            return SpeakerMerger.lastWord(name).map { .last(.init(TextFolding.fold($0))) } ?? .none
        }
        let pieces = ["Antony", "BLINKEN", "von", "der", "Leyen", "McCarthy-Smith", "a", "Ž", "é", "\u{301}x", " ", "  ", ""]
        var names: [String] = []
        for a in pieces {
            for b in pieces {
                names += [a + " " + b, a + b, " " + a + "  " + b + " ", a + b + "LongerThanSixteenBytes"]
            }
        }
        for name in names {
            #expect(SpeakingEntities.Surname(person: name) == reference(name), "\(Array(name.unicodeScalars))")
            if !name.contains(" ") {
                let key = SpeakingEntities.Key(TextFolding.foldJoined([name]))
                #expect(SpeakingEntities.Surname(person: name, key: key) == reference(name), "\(Array(name.unicodeScalars))")
            }
        }
    }

    @Test("a German role capitalised on its ASCII bytes is the one its words capitalised as characters give")
    func displayedRole() {
        func reference(_ role: String) -> String {
            SpaceSeparated.words(role).map { word in
                let noun = word.count > 3 && !SpeakerMerger.germanFunctionWords.contains(word)
                return noun ? word.prefix(1).uppercased() + word.dropFirst() : word
            }.joined(separator: " ")
        }
        let pieces = ["bundeskanzler", "der", "für", "des", "und", "1234", "abcd", "abc", "x-ray", "Minister", "\r\n", "\r\nabc", "ärztin", " ", "  ", ""]
        for a in pieces {
            for b in pieces {
                for role in [a + " " + b, a + b, " " + a + "  " + b + " "] {
                    #expect(SpeakerMerger.displayed(role, .de) == reference(role), "\(role.debugDescription)")
                    #expect(SpeakerMerger.displayed(role, .nl) == role)
                }
            }
        }
    }
}
