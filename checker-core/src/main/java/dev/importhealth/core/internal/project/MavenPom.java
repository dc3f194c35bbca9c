package dev.importhealth.core.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One {@code pom.xml} as written (no inheritance, no interpolation). Parsed with the JDK's DOM
 * parser with DTDs, external entities and XInclude disabled, so reading a pom never touches the
 * network or other files.
 */
final class MavenPom {

  /** {@code <parent>} as written; {@code relativePath} null when absent. */
  record ParentRef(String groupId, String artifactId, String version, String relativePath) {}

  final Path file;
  final Path dir;
  private final Element project;

  private MavenPom(Path file, Element project) {
    this.file = file;
    this.dir = file.getParent();
    this.project = project;
  }

  static MavenPom parse(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Element root = documentElement(abs, "pom.xml");
    if (!"project".equals(localName(root))) {
      throw new IOException(abs + ": not a Maven pom (root element is <" + localName(root) + ">)");
    }
    return new MavenPom(abs, root);
  }

  /** {@code <localRepository>} of a Maven {@code settings.xml}, read as safely as a pom. */
  static Optional<String> settingsLocalRepository(Path file) throws IOException {
    Element root = documentElement(file.toAbsolutePath().normalize(), "settings.xml");
    return child(root, "localRepository").map(MavenPom::text).filter(s -> !s.isEmpty());
  }

  private static Element documentElement(Path abs, String what) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(abs)) {
      DocumentBuilder builder = newFactory().newDocumentBuilder();
      // any entity reference that slips through resolves to nothing, never to a file or URL
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(null);
      InputSource source = new InputSource(in);
      source.setSystemId(abs.toUri().toString());
      doc = builder.parse(source);
    } catch (SAXParseException e) {
      throw new IOException(
          abs + ":" + e.getLineNumber() + ": cannot parse " + what + ": " + e.getMessage(), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(abs + ": cannot parse " + what + ": " + e.getMessage(), e);
    }
    return doc.getDocumentElement();
  }

  private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    setFeatureIfSupported(f, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    setFeatureIfSupported(f, "http://xml.org/sax/features/external-general-entities", false);
    setFeatureIfSupported(f, "http://xml.org/sax/features/external-parameter-entities", false);
    setAttributeIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setAttributeIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void setFeatureIfSupported(DocumentBuilderFactory f, String name, boolean value) {
    try {
      f.setFeature(name, value);
    } catch (ParserConfigurationException e) {
      // a parser without this feature has nothing to disable
    }
  }

  private static void setAttributeIfSupported(DocumentBuilderFactory f, String name, String value) {
    try {
      f.setAttribute(name, value);
    } catch (IllegalArgumentException e) {
      // not supported by this parser
    }
  }

  // ---- what the pom says ----------------------------------------------------------------------

  Optional<String> text(String... path) {
    return element(project, path).map(MavenPom::text).filter(s -> !s.isEmpty());
  }

  Optional<ParentRef> parent() {
    return child(project, "parent")
        .map(
            p ->
                new ParentRef(
                    childText(p, "groupId"),
                    childText(p, "artifactId"),
                    childText(p, "version"),
                    child(p, "relativePath").map(MavenPom::text).orElse(null)));
  }

  /** {@code <modules>} of the project and of every profile, in document order. */
  List<String> modules() {
    List<String> out = new ArrayList<>();
    for (Element holder : projectAndProfiles()) {
      for (Element modules : children(holder, "modules")) {
        for (Element m : children(modules, "module")) {
          String s = text(m);
          if (!s.isEmpty()) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** Top-level {@code <properties>} (profile properties depend on activation and are ignored). */
  Map<String, String> properties() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element props : children(project, "properties")) {
      for (Element p : childElements(props)) {
        out.put(localName(p), text(p));
      }
    }
    return out;
  }

  /** {@code <build><plugins>} of the project and of every profile. */
  List<Element> buildPlugins() {
    List<Element> out = new ArrayList<>();
    for (Element holder : projectAndProfiles()) {
      element(holder, "build", "plugins").ifPresent(ps -> out.addAll(children(ps, "plugin")));
    }
    return out;
  }

  /** {@code <build><pluginManagement><plugins>} of the project and of every profile. */
  List<Element> managedPlugins() {
    List<Element> out = new ArrayList<>();
    for (Element holder : projectAndProfiles()) {
      element(holder, "build", "pluginManagement", "plugins")
          .ifPresent(ps -> out.addAll(children(ps, "plugin")));
    }
    return out;
  }

  /**
   * The project's own (not its profiles') {@code <build><plugins>}, or with {@code managed} its
   * {@code <build><pluginManagement><plugins>}, that have the given artifactId.
   */
  List<Element> ownPlugins(String artifactId, boolean managed) {
    String[] path = managed ? new String[] {"build", "pluginManagement", "plugins"} : new String[] {"build", "plugins"};
    return element(project, path).stream()
        .flatMap(ps -> children(ps, "plugin").stream())
        .filter(p -> artifactId.equals(childText(p, "artifactId")))
        .toList();
  }

  /**
   * The {@code <directory>} of each entry of the project's own {@code <build><resources>} (with
   * {@code test}, {@code <testResources>}); empty when the project does not configure them.
   */
  Optional<List<String>> ownResourceDirectories(boolean test) {
    return resourceDirectories(project, test);
  }

  /** The same for {@code <build>} inside a {@code <profile>}. */
  static Optional<List<String>> resourceDirectories(Element holder, boolean test) {
    return element(holder, "build", test ? "testResources" : "resources")
        .map(list -> children(list, test ? "testResource" : "resource").stream()
            .map(r -> childText(r, "directory"))
            .filter(d -> !d.isEmpty())
            .toList());
  }

  /** Every {@code <profile>}, whatever its activation. */
  List<Element> profiles() {
    return children(project, "profiles").stream().flatMap(ps -> children(ps, "profile").stream()).toList();
  }

  /** {@code <dependencies>} of the project and of every profile (not dependencyManagement). */
  List<Element> dependencies() {
    List<Element> out = new ArrayList<>();
    for (Element holder : projectAndProfiles()) {
      for (Element deps : children(holder, "dependencies")) {
        out.addAll(children(deps, "dependency"));
      }
    }
    return out;
  }

  /**
   * The project and its profiles, less those that a {@code <jdk>} activation switches off for the
   * JDK running the checker: their sources need another JDK, whose API the index does not hold.
   */
  private List<Element> projectAndProfiles() {
    List<Element> out = new ArrayList<>();
    out.add(project);
    for (Element profiles : children(project, "profiles")) {
      for (Element profile : children(profiles, "profile")) {
        Optional<String> jdk = element(profile, "activation", "jdk").map(MavenPom::text);
        if (jdk.isEmpty() || JdkActivation.matches(jdk.get(), Runtime.version().feature())) {
          out.add(profile);
        }
      }
    }
    return out;
  }

  // ---- DOM helpers ----------------------------------------------------------------------------

  static String localName(Node n) {
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  static String text(Element e) {
    return e.getTextContent() == null ? "" : e.getTextContent().trim();
  }

  static String childText(Element e, String name) {
    return child(e, name).map(MavenPom::text).orElse("");
  }

  static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }

  static List<Element> children(Element e, String name) {
    return childElements(e).stream().filter(c -> name.equals(localName(c))).toList();
  }

  static Optional<Element> child(Element e, String name) {
    return children(e, name).stream().findFirst();
  }

  static Optional<Element> element(Element from, String... path) {
    Optional<Element> cur = Optional.of(from);
    for (String p : path) {
      cur = cur.flatMap(c -> child(c, p));
    }
    return cur;
  }

  /** Every descendant element (depth first) with the given local name. */
  static List<Element> descendants(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : childElements(e)) {
      if (name.equals(localName(c))) {
        out.add(c);
      }
      out.addAll(descendants(c, name));
    }
    return out;
  }
}
