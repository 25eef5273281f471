package store

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"reflect"
	"strings"
	"sync"
	"unsafe"
)

// The cache keeps articles in a compact binary form written by reflection,
// so that every exported field of data.Article, and of what it holds, is
// kept without this package naming them: a field added to the struct is
// cached with no change here. The form is only ever read by the program
// that wrote it (the cache is keyed by the program's own hash and by
// typeSignature), so it carries no field names or type descriptions.
//
// Strings that lie inside the article's text (paragraphs, date mentions,
// evidence are slices of it) are written as offsets into it, and read back
// as slices of the one text again: that halves what is stored and what is
// allocated when reading. Other short strings (reasons, kinds, event ids)
// repeat across articles and are shared through an interner.

// errUncacheable is the reason a value cannot be written: a kind of field
// (interface, channel, function, unexported state) the form cannot keep.
var errUncacheable = errors.New("cannot be cached")

// typePlan is what the codec knows of a struct type: its exported fields,
// or that it writes itself (encoding.BinaryMarshaler, as time.Time).
type typePlan struct {
	fields      []int
	marshals    bool
	uncacheable error
}

var plans sync.Map // reflect.Type → *typePlan

var (
	binaryMarshaler   = reflect.TypeFor[encoding.BinaryMarshaler]()
	binaryUnmarshaler = reflect.TypeFor[encoding.BinaryUnmarshaler]()
)

func planOf(t reflect.Type) *typePlan {
	if p, ok := plans.Load(t); ok {
		return p.(*typePlan)
	}
	p := &typePlan{}
	if t.Implements(binaryMarshaler) && reflect.PointerTo(t).Implements(binaryUnmarshaler) {
		p.marshals = true
	} else {
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Tag.Get("cache") == "-" {
				// State of this run only (how to read an article's text
				// later), not a result: left out on purpose.
				continue
			}
			if !f.IsExported() {
				// State the form cannot see would come back zero: refuse
				// rather than return something that differs.
				p.uncacheable = fmt.Errorf("%s.%s is unexported: %w", t, f.Name, errUncacheable)
				break
			}
			p.fields = append(p.fields, i)
		}
	}
	plans.Store(t, p)
	return p
}

// typeSignature describes the layout of t, field names and kinds all the
// way down, so that a cache written for another layout is not read.
func typeSignature(t reflect.Type) uint64 {
	h := fnv.New64a()
	var walk func(t reflect.Type, depth int)
	walk = func(t reflect.Type, depth int) {
		fmt.Fprintf(h, "%s:%s;", t.String(), t.Kind())
		if depth > 12 {
			return
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(t.Elem(), depth+1)
		case reflect.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case reflect.Struct:
			if planOf(t).marshals {
				return
			}
			for i := range t.NumField() {
				fmt.Fprintf(h, "%s=", t.Field(i).Name)
				walk(t.Field(i).Type, depth+1)
			}
		}
	}
	walk(t, 0)
	return h.Sum64()
}

// encoder writes one value, with base the text its strings may point into.
type encoder struct {
	buf       []byte
	base      string
	baseStart uintptr
	// dict, when not nil, numbers the short strings written so far: one
	// written again is written as its number (see encodeShared).
	dict map[string]uint64
}

// encodeShared writes v (a pointer to a struct) with its short strings
// written once each and then referred to by number, so that reading them
// back costs no hashing: for the corpus kept whole, whose articles repeat
// event ids, kinds and evidence words many times.
func encodeShared(buf []byte, v any) ([]byte, error) {
	e := encoder{buf: buf, dict: map[string]uint64{}}
	e.buf = binary.AppendUvarint(e.buf, 0) // no base text
	if err := e.value(reflect.ValueOf(v).Elem()); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// encodeWithBase writes base and then v (a pointer to a struct).
func encodeWithBase(buf []byte, v any, base string) ([]byte, error) {
	e := encoder{buf: buf, base: base}
	if base != "" {
		e.baseStart = uintptr(unsafe.Pointer(unsafe.StringData(base)))
	}
	e.buf = binary.AppendUvarint(e.buf, uint64(len(base)))
	e.buf = append(e.buf, base...)
	if err := e.value(reflect.ValueOf(v).Elem()); err != nil {
		return nil, err
	}
	return e.buf, nil
}

func (e *encoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		b := byte(0)
		if v.Bool() {
			b = 1
		}
		e.buf = append(e.buf, b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.buf = binary.AppendUvarint(e.buf, v.Uint())
	case reflect.Float32, reflect.Float64:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v.Float()))
	case reflect.String:
		e.string(v.String())
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = binary.AppendUvarint(e.buf, uint64(v.Len())+1)
		if v.Type().Elem().Kind() == reflect.Uint8 {
			e.buf = append(e.buf, v.Bytes()...)
			return nil
		}
		return e.elements(v)
	case reflect.Array:
		return e.elements(v)
	case reflect.Map:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = binary.AppendUvarint(e.buf, uint64(v.Len())+1)
		for it := v.MapRange(); it.Next(); {
			if err := e.value(it.Key()); err != nil {
				return err
			}
			if err := e.value(it.Value()); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = append(e.buf, 1)
		return e.value(v.Elem())
	case reflect.Struct:
		p := planOf(v.Type())
		switch {
		case p.uncacheable != nil:
			return p.uncacheable
		case p.marshals:
			b, err := v.Interface().(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return err
			}
			e.buf = binary.AppendUvarint(e.buf, uint64(len(b)))
			e.buf = append(e.buf, b...)
			return nil
		}
		for _, i := range p.fields {
			if err := e.value(v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("a %s: %w", v.Type(), errUncacheable)
	}
	return nil
}

func (e *encoder) elements(v reflect.Value) error {
	for i := range v.Len() {
		if err := e.value(v.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// string writes s as an offset into the base text when it lies there
// (tag 1), by its number when it was written before (tag 2), or else as
// its bytes (tag 0, or 3 when it is numbered).
func (e *encoder) string(s string) {
	if e.dict != nil && len(s) <= interned {
		if n, ok := e.dict[s]; ok {
			e.buf = append(e.buf, 2)
			e.buf = binary.AppendUvarint(e.buf, n)
			return
		}
		e.dict[s] = uint64(len(e.dict))
		e.buf = append(e.buf, 3)
		e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
		e.buf = append(e.buf, s...)
		return
	}
	if len(s) > 0 && e.baseStart != 0 {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		if p >= e.baseStart && p+uintptr(len(s)) <= e.baseStart+uintptr(len(e.base)) {
			e.buf = append(e.buf, 1)
			e.buf = binary.AppendUvarint(e.buf, uint64(p-e.baseStart))
			e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
			return
		}
	}
	e.buf = append(e.buf, 0)
	e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// errCorrupt is the reason a stored value cannot be read back.
var errCorrupt = errors.New("cached value is damaged")

// decoder reads what encoder wrote. It is used by one goroutine at a time.
type decoder struct {
	buf    []byte
	base   string
	intern map[string]string
	dict   []string // the numbered strings of the value being read
}

// interned is how long a string may be to be shared through the interner:
// reasons and ids are short, and long strings rarely repeat.
const interned = 96

func newDecoder() *decoder { return &decoder{intern: map[string]string{}} }

// decodeWithBase reads into v (a pointer to a struct) what encodeWithBase
// wrote.
func (d *decoder) decodeWithBase(b []byte, v any) (err error) {
	defer func() {
		// A damaged value can send reflection astray (a length that does
		// not fit); whatever it is, it is a damaged entry, not a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errCorrupt, r)
		}
	}()
	d.buf, d.dict = b, d.dict[:0]
	n := d.uvarint()
	if n > uint64(len(d.buf)) {
		return errCorrupt
	}
	d.base = string(d.buf[:n])
	d.buf = d.buf[n:]
	d.value(reflect.ValueOf(v).Elem())
	if len(d.buf) != 0 {
		return fmt.Errorf("%w: %d bytes left over", errCorrupt, len(d.buf))
	}
	return nil
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.buf)
	if n <= 0 {
		panic("bad length")
	}
	d.buf = d.buf[n:]
	return x
}

func (d *decoder) take(n uint64) []byte {
	if n > uint64(len(d.buf)) {
		panic("value runs past its end")
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return b
}

// decodeFunc reads one value of a type into v.
type decodeFunc func(d *decoder, v reflect.Value)

var decodeFuncs sync.Map // reflect.Type → decodeFunc

// value reads into v what encoder.value wrote.
func (d *decoder) value(v reflect.Value) { decoderOf(v.Type())(d, v) }

// decoderOf returns the decoder of t, made once per type: the warm load
// reads millions of values, and deciding each time what a field is cost
// more than reading it.
func decoderOf(t reflect.Type) decodeFunc {
	if f, ok := decodeFuncs.Load(t); ok {
		return f.(decodeFunc)
	}
	decodersMu.Lock()
	defer decodersMu.Unlock()
	return decoderOfLocked(t)
}

// decodersMu is held while decoders are made, so that no goroutine uses
// a decoder before it is complete.
var decodersMu sync.Mutex

// building holds the decoders being made, for types that reach themselves
// (through a pointer or a slice); decodersMu guards it.
var building = map[reflect.Type]*decodeFunc{}

func decoderOfLocked(t reflect.Type) decodeFunc {
	if f, ok := decodeFuncs.Load(t); ok {
		return f.(decodeFunc)
	}
	if made, ok := building[t]; ok {
		return func(d *decoder, v reflect.Value) { (*made)(d, v) }
	}
	made := new(decodeFunc)
	building[t] = made
	*made = makeDecoder(t)
	delete(building, t)
	decodeFuncs.Store(t, *made)
	return *made
}

func makeDecoder(t reflect.Type) decodeFunc {
	switch t.Kind() {
	case reflect.Bool:
		return func(d *decoder, v reflect.Value) { v.SetBool(d.take(1)[0] == 1) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(d *decoder, v reflect.Value) {
			x, n := binary.Varint(d.buf)
			if n <= 0 {
				panic("bad integer")
			}
			d.buf = d.buf[n:]
			v.SetInt(x)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(d *decoder, v reflect.Value) { v.SetUint(d.uvarint()) }
	case reflect.Float32, reflect.Float64:
		return func(d *decoder, v reflect.Value) {
			v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(d.take(8))))
		}
	case reflect.String:
		return func(d *decoder, v reflect.Value) { v.SetString(d.string()) }
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return func(d *decoder, v reflect.Value) {
				if n := d.uvarint(); n > 0 {
					v.SetBytes(append([]byte(nil), d.take(n-1)...))
				}
			}
		}
		elem := decoderOfLocked(t.Elem())
		return func(d *decoder, v reflect.Value) {
			n := d.uvarint()
			if n == 0 {
				return
			}
			n--
			if n > uint64(len(d.buf)) { // every element takes a byte at least
				panic("slice longer than the value")
			}
			v.Set(reflect.MakeSlice(t, int(n), int(n)))
			for i := range int(n) {
				elem(d, v.Index(i))
			}
		}
	case reflect.Array:
		elem := decoderOfLocked(t.Elem())
		return func(d *decoder, v reflect.Value) {
			for i := range v.Len() {
				elem(d, v.Index(i))
			}
		}
	case reflect.Map:
		key, elem := decoderOfLocked(t.Key()), decoderOfLocked(t.Elem())
		return func(d *decoder, v reflect.Value) {
			n := d.uvarint()
			if n == 0 {
				return
			}
			n--
			if n > uint64(len(d.buf)) {
				panic("map longer than the value")
			}
			m := reflect.MakeMapWithSize(t, int(n))
			for range n {
				k := reflect.New(t.Key()).Elem()
				key(d, k)
				x := reflect.New(t.Elem()).Elem()
				elem(d, x)
				m.SetMapIndex(k, x)
			}
			v.Set(m)
		}
	case reflect.Pointer:
		elem := decoderOfLocked(t.Elem())
		return func(d *decoder, v reflect.Value) {
			if d.take(1)[0] == 0 {
				return
			}
			p := reflect.New(t.Elem())
			elem(d, p.Elem())
			v.Set(p)
		}
	case reflect.Struct:
		p := planOf(t)
		if p.marshals {
			return func(d *decoder, v reflect.Value) {
				b := d.take(d.uvarint())
				if err := v.Addr().Interface().(encoding.BinaryUnmarshaler).UnmarshalBinary(b); err != nil {
					panic(err)
				}
			}
		}
		fields := make([]decodeFunc, len(p.fields))
		for k, i := range p.fields {
			fields[k] = decoderOfLocked(t.Field(i).Type)
		}
		return func(d *decoder, v reflect.Value) {
			for k, i := range p.fields {
				fields[k](d, v.Field(i))
			}
		}
	}
	return func(*decoder, reflect.Value) { panic("a kind of value the cache does not write") }
}

func (d *decoder) string() string {
	switch d.take(1)[0] {
	case 1:
		off, n := d.uvarint(), d.uvarint()
		if off > uint64(len(d.base)) || n > uint64(len(d.base))-off {
			panic("text offset out of range")
		}
		return d.base[off : off+n]
	case 0:
		b := d.take(d.uvarint())
		if len(b) > interned {
			return string(b)
		}
		if s, ok := d.intern[string(b)]; ok {
			return s
		}
		s := strings.Clone(string(b))
		d.intern[s] = s
		return s
	case 2:
		n := d.uvarint()
		if n >= uint64(len(d.dict)) {
			panic("string number out of range")
		}
		return d.dict[n]
	case 3:
		s := string(d.take(d.uvarint()))
		d.dict = append(d.dict, s)
		return s
	}
	panic("bad string tag")
}
