; Included by electron-builder's NSIS installer (build resources/installer.nsh).
;
; Windows: the workbench appears in "Open with" for the article formats and
; PDF, without becoming the default program of any of them. electron-builder's
; `fileAssociations` would set the default of .txt, .html and .pdf to the
; workbench for every user without a saved choice (and leave it pointing at a
; removed program after an uninstall), which no text editor or browser does;
; so on Windows the formats are registered here instead, and
; `fileAssociations` is set for macOS (rank Alternate) and Linux only.
; tests/main/packaging.test.ts checks this list against package.json.

!define WORKBENCH_PROGID "FactCheckWorkbench.Article"

!macro workbenchOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${WORKBENCH_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro workbenchNoOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${WORKBENCH_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${WORKBENCH_PROGID}" "" "Article for ${PRODUCT_NAME}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${WORKBENCH_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${WORKBENCH_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro workbenchOpenWith "txt"
  !insertmacro workbenchOpenWith "md"
  !insertmacro workbenchOpenWith "markdown"
  !insertmacro workbenchOpenWith "html"
  !insertmacro workbenchOpenWith "htm"
  !insertmacro workbenchOpenWith "docx"
  !insertmacro workbenchOpenWith "pdf"
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend

!macro customUnInstall
  !insertmacro workbenchNoOpenWith "txt"
  !insertmacro workbenchNoOpenWith "md"
  !insertmacro workbenchNoOpenWith "markdown"
  !insertmacro workbenchNoOpenWith "html"
  !insertmacro workbenchNoOpenWith "htm"
  !insertmacro workbenchNoOpenWith "docx"
  !insertmacro workbenchNoOpenWith "pdf"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${WORKBENCH_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend
