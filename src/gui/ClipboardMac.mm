// macOS: marks what Qt just put on the general pasteboard as concealed (nspasteboard.org), so
// clipboard managers and Universal Clipboard history leave the token alone. Built only on macOS.
#import <AppKit/AppKit.h>

void markPasteboardConcealed()
{
    NSPasteboard *board = [NSPasteboard generalPasteboard];
    [board addTypes:@[ @"org.nspasteboard.ConcealedType" ] owner:nil];
    [board setData:[NSData data] forType:@"org.nspasteboard.ConcealedType"];
}
