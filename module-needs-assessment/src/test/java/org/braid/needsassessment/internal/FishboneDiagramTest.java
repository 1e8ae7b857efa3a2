package org.braid.needsassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FishboneDiagramTest {

    static Fishbone math7() {
        return new Fishbone("Low student math performance in seventh grade", List.of(
                new Fishbone.Category("Staff", List.of("High teacher turnover", "A long-term substitute teaches one section")),
                new Fishbone.Category("Instruction", List.of("Few instructional strategies")),
                new Fishbone.Category("Culture", List.of("School culture not supportive of new staff")),
                new Fishbone.Category("Systems", List.of("Induction program not sufficient", "No common planning time", "<script>alert(1)</script>")),
                new Fishbone.Category("Students & families", List.of())), null);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bonesAlternateAboveAndBelowTheSpineInTheirOwnColumns() {
        FishboneDiagram.Layout l = FishboneDiagram.layout(math7());
        assertEquals(5, l.bones().size());
        Set<String> places = new HashSet<>();
        for (int i = 0; i < l.bones().size(); i++) {
            FishboneDiagram.Bone b = l.bones().get(i);
            assertEquals(i % 2 == 0, b.above(), "bone " + i);
            assertTrue(places.add(b.baseX() + (b.above() ? "up" : "down")), "two bones in one place");
            assertTrue(b.baseX() < l.spineEnd() && b.endX() > 0, "bone inside the drawing");
            assertTrue(b.endY() > 0 && b.endY() < l.height());
            for (FishboneDiagram.CauseLabel c : b.causes()) {
                assertTrue(b.above() ? c.y() < l.spineY() : c.y() > l.spineY(), "cause on its side of the spine");
                assertTrue(c.y() > 0 && c.y() < l.height());
            }
        }
        assertEquals(3, l.bones().get(3).causes().size());
        // causes along one bone do not overlap
        List<FishboneDiagram.CauseLabel> systems = l.bones().get(3).causes();
        for (int i = 1; i < systems.size(); i++) assertTrue(systems.get(i).y() - systems.get(i - 1).y() >= FishboneDiagram.LINE);
        assertTrue(l.width() > l.spineEnd() + FishboneDiagram.HEAD_WIDTH - 1);
    }

    @Test
    void moreCausesMakeALongerBoneAndATallerDrawing() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) many.add("cause number " + i + " with some words that wrap onto a second line");
        FishboneDiagram.Layout small = FishboneDiagram.layout(new Fishbone("p", List.of(new Fishbone.Category("A", List.of("x"))), null));
        FishboneDiagram.Layout big = FishboneDiagram.layout(new Fishbone("p", List.of(new Fishbone.Category("A", many)), null));
        assertTrue(big.height() > small.height());
    }

    @Test
    void theSvgParsesAndHoldsEveryCauseAsEscapedText() throws Exception {
        String svg = FishboneDiagram.svg(math7());
        assertFalse(svg.contains("<script>"));
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        List<String> titles = new ArrayList<>(), categories = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "title");
        for (int i = 0; i < nodes.getLength(); i++) titles.add(nodes.item(i).getTextContent());
        nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) categories.add(nodes.item(i).getTextContent());
        for (Fishbone.Category c : math7().categories()) {
            assertTrue(categories.contains(c.name()), c.name());
            for (String cause : c.causes()) assertTrue(titles.contains(cause), cause);
        }
        assertTrue(titles.contains("<script>alert(1)</script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void charactersXmlCannotHoldAreDropped() throws Exception {
        String odd = "a\u0000b\uD800c\u202Eevil 😀 \"q\" & 'x'";
        assertEquals("abc\u202Eevil 😀 &quot;q&quot; &amp; &apos;x&apos;", FishboneDiagram.escape(odd));
        parse(FishboneDiagram.svg(new Fishbone(odd, List.of(new Fishbone.Category(odd, List.of(odd, "x".repeat(300)))), null)));
    }

    @Test
    void longTextsWrapAndAreCutWithAnEllipsis() {
        assertEquals(List.of("one two", "three"), FishboneDiagram.wrap("one two three", 8, 3));
        List<String> lines = FishboneDiagram.wrap("word ".repeat(100), 20, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"));
        assertEquals(List.of("abcde", "fghij"), FishboneDiagram.wrap("abcdefghij", 5, 3));
    }
}
