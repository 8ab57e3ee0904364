package org.customergroups.lint;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Namespace-aware DOM parsing with the JDK parser, remembering the line of each element's start
 * tag so lint messages can say {@code atlassian-plugin.xml:26}. External DTDs are never loaded.
 */
public final class Xml {

    private static final String LINE = "cg.line";

    private Xml() {
    }

    public static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new InputSource(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(InputSource source, String name) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();

            SAXParserFactory spf = SAXParserFactory.newInstance();
            spf.setNamespaceAware(true);
            spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            spf.newSAXParser().parse(source, new DomBuilder(doc));
            return doc;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot parse " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line of the element's start tag (1-based), or 0 when unknown. */
    public static int line(Element e) {
        Object line = e.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    /** Every element below {@code root} (not root itself), in document order. */
    public static List<Element> descendants(Node root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Element> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    /** Direct child elements of {@code parent} with the given local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(name(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Local name, falling back to the tag name for elements created without a namespace. */
    public static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** The attribute's value, or null when absent (DOM returns "" for absent attributes). */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    public static String text(Element e) {
        return e.getTextContent() == null ? "" : e.getTextContent().trim();
    }

    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private final Deque<Node> stack = new ArrayDeque<>();
        private Locator locator;

        DomBuilder(Document doc) {
            this.doc = doc;
            stack.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attrUri = attributes.getURI(i);
                e.setAttributeNS(attrUri == null || attrUri.isEmpty() ? null : attrUri, attributes.getQName(i),
                        attributes.getValue(i));
            }
            if (locator != null) {
                e.setUserData(LINE, locator.getLineNumber(), null);
            }
            stack.peek().appendChild(e);
            stack.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Node top = stack.peek();
            if (top != doc) {
                top.appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
