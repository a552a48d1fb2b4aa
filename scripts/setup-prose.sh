#!/bin/sh
# Clean Japanese prose for tests/clean_prose.rs: Debian's manpages-ja (roff)
# and debian-reference-ja (HTML), text that names no private person, to
# measure how many false alarms the detectors raise per MB.
#
# Idempotent: does nothing when target/prose/ready exists. Fetches the two
# .deb packages with `apt-get download` (Debian's registry; no root needed),
# unpacks them with dpkg-deb -x, and writes
#   target/prose/man/<section>/<page>.txt      roff stripped to text
#   target/prose/man-credits/<section>/<page>.txt  the AUTHOR / 著者 / 翻訳者 /
#       著作権 / バグ報告 sections: real people's names and addresses live
#       there, so they are counted apart (see tests/clean_prose.rs)
#   target/prose/html/*.ja.html                 debian-reference chapters
# gimp-help-ja, libreoffice-help-ja and the stockmarkteam NER data set are
# kept out on purpose: they are reserved for an independent measurement.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/prose"
[ -f "$out/ready" ] && exit 0

for tool in apt-get dpkg-deb perl gzip; do
    command -v "$tool" >/dev/null || { echo "setup-prose: $tool is missing" >&2; exit 1; }
done

work="$out/.work"
rm -rf "$work"
mkdir -p "$work/debs" "$work/x"
(cd "$work/debs" && apt-get download manpages-ja debian-reference-ja)
for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$work/x"
done

rm -rf "$out/man" "$out/man-credits" "$out/html"
mkdir -p "$out/html"
cp "$work"/x/usr/share/debian-reference/ch*.ja.html "$work"/x/usr/share/debian-reference/pr01.ja.html "$out/html/"

# Roff to text: requests dropped except the ones that carry text (.SH, .B,
# .IR …), escapes removed, comments dropped (the translators' notes and
# copyright headers in them are not rendered text).
find "$work/x/usr/share/man/ja" -name '*.gz' | while read -r page; do
    section=$(basename "$(dirname "$page")")
    name=$(basename "$page" .gz)
    mkdir -p "$out/man/$section" "$out/man-credits/$section"
    gzip -dc "$page" | perl -CSD -Mutf8 -e '
        my ($body, $credits) = @ARGV;
        open(my $b, ">:utf8", $body) or die; open(my $c, ">:utf8", $credits) or die;
        my $fh = $b;
        my $credit_re = qr/^(?:作者|著者|作成者|著作権|著作権表示|翻訳|翻訳者|謝辞|COPYING|AUTHORS?|COPYRIGHT|バグ報告|メーリングリスト|連絡先)$/i;
        while (my $l = <STDIN>) {
            chomp $l;
            next if $l =~ /^[.\x27]\s*\\"/;
            $l =~ s/\\".*//;
            if ($l =~ /^[.\x27]\s*(\w+)\s*(.*)$/) {
                my ($req, $args) = ($1, $2);
                if ($req eq "SH") {
                    (my $title = $args) =~ s/"//g;
                    $title =~ s/^\s+|\s+$//g;
                    $fh = $title =~ $credit_re ? $c : $b;
                    $l = $args;
                } elsif ($req =~ /^(?:SS|B|I|BR|RB|IR|RI|BI|IB|SM|SB|IP|TP|UR|MT|Nm|Nd|Ar|Fl|Xr)$/) {
                    $l = $args;
                } else {
                    next;
                }
                $l =~ s/"//g;
            }
            $l =~ s/\\f(?:\[[^\]]*\]|\(..|.)//g;
            $l =~ s/\\\*(?:\[[^\]]*\]|\(..|.)//g;
            $l =~ s/\\\((?:em|en)/—/g;
            $l =~ s/\\\(..//g;
            $l =~ s/\\\[[^\]]*\]//g;
            $l =~ s/\\s[-+]?\d//g;
            $l =~ s/\\-/-/g;
            $l =~ s/\\e/\\/g;
            $l =~ s/\\ / /g;
            $l =~ s/\\[&,\/:|^c%]//g;
            print $fh "$l\n";
        }
    ' "$out/man/$section/$name.txt" "$out/man-credits/$section/$name.txt"
done

rm -rf "$work"
touch "$out/ready"
echo "setup-prose: text in $out"
