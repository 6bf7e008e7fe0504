package imagegallery_test

import (
	"context"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// The README's Go examples are examples/readme, a program run here against
// the live server: each ```go block of README.md is, in order, the text of
// that program between a "// README begin" and the next "// README end".
const readmeProgram = "examples/readme/main.go"

var goBlock = regexp.MustCompile("(?s)```go\n(.*?)```")

func TestTheReadmesGoBlocksAreTheExampleProgram(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	program, err := os.ReadFile(readmeProgram)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, m := range goBlock.FindAllStringSubmatch(string(readme), -1) {
		blocks = append(blocks, m[1])
	}
	sections := readmeSections(string(program))
	if len(sections) == 0 || !slices.Equal(blocks, sections) {
		for i := range max(len(blocks), len(sections)) {
			if i >= len(blocks) || i >= len(sections) || blocks[i] != sections[i] {
				t.Fatalf("README.md's go block %d differs from section %d of %s:\n--- README.md\n%s\n--- %s\n%s",
					i+1, i+1, readmeProgram, at(blocks, i), readmeProgram, at(sections, i))
			}
		}
	}
}

func TestTheReadmeExampleProgramRuns(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	run := exec.CommandContext(ctx, "go", "run", "./examples/readme", "-subscription", "go-readme-"+randomHex(t))
	run.Env = append(os.Environ(), addressVariable+"="+liveAddress(t), tokenVariable+"="+liveToken())
	out, err := run.CombinedOutput()
	for _, want := range []string{"1.0.0 AGGREGATED_REPLICATION_STATE_COMPLETED", "latest in westus:", "InvalidArgument"} {
		if err != nil || !strings.Contains(string(out), want) {
			t.Fatalf("examples/readme: %v; want %q in its output:\n%s", err, want, out)
		}
	}
}

// readmeSections is the text between each "// README begin" line and the next
// "// README end", less the begin line's indentation and trailing blank lines.
func readmeSections(program string) []string {
	var sections []string
	var section *strings.Builder
	indent := ""
	for line := range strings.Lines(program) {
		switch trimmed := strings.TrimSpace(line); {
		case trimmed == "// README begin":
			section, indent = &strings.Builder{}, line[:strings.Index(line, "//")]
		case trimmed == "// README end" && section != nil:
			sections = append(sections, strings.TrimRight(section.String(), "\n")+"\n") // gofmt may leave a blank line
			section = nil
		case section != nil:
			section.WriteString(strings.TrimPrefix(line, indent))
		}
	}
	return sections
}

func at(texts []string, i int) string {
	if i < len(texts) {
		return texts[i]
	}
	return "(none)"
}
